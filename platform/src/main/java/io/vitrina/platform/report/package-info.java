/**
 * Asynchronous CSV reports, the same in every service that has them: a request stores a QUEUED
 * {@link io.vitrina.platform.report.Report} and puts its id on the service's JMS queue in one XA
 * transaction; a worker (the service's message-driven subclass of {@link
 * io.vitrina.platform.report.ReportRequestConsumer}) marks it RUNNING, has the kind's {@link
 * io.vitrina.platform.report.ReportBuilder} write CSV into 1 MiB chunks, and marks it DONE (or,
 * after the broker's last delivery, FAILED); the client polls the report and downloads its content
 * through the service's subclass of {@link io.vitrina.platform.report.ReportsResourceSupport}; the
 * service's schedule runs {@link io.vitrina.platform.report.ReportHousekeeping}, which deletes
 * reports after their retention.
 *
 * <p>What a service supplies: its {@code ReportBuilder}s (kinds, parameter checks, rows), the
 * resource, the message-driven bean and the schedule (no enterprise beans or resources live in a
 * library jar, so that a service without reports has none), the {@code reports} and {@code
 * report_chunks} tables in its own migrations, the two entities listed in its persistence.xml, and
 * a {@code jmsQueue} whose JNDI name is the config property {@code vitrina.reports.queue}.
 */
package io.vitrina.platform.report;
