/**
 * Asynchronous reports, the same way every Vitrina service builds them: a request stores a QUEUED
 * {@link io.vitrina.order.report.domain.Report} and puts its id on a JMS queue in one XA
 * transaction; a worker marks it RUNNING, has the kind's {@link
 * io.vitrina.order.report.domain.ReportBuilder} write CSV into 1 MiB chunks, and marks it DONE (or,
 * after the broker's last delivery, FAILED); the client polls the report and downloads its content;
 * a schedule deletes reports after their retention. Only the builders know what a report contains
 * (here: {@link io.vitrina.order.report.domain.SalesReport}).
 */
package io.vitrina.order.report.domain;
