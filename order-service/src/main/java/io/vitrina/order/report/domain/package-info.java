/**
 * The sales report ({@link io.vitrina.order.report.domain.SalesReport}), a {@link
 * io.vitrina.platform.report.ReportBuilder} of the platform's asynchronous reports, and the
 * schedule that keeps the reports table tidy. Requesting, queueing, storing, retrying, reading and
 * expiring are the platform's ({@code io.vitrina.platform.report}).
 */
package io.vitrina.order.report.domain;
