/**
 * The inventory report ({@link io.vitrina.catalog.report.domain.InventoryReport}), a {@link
 * io.vitrina.platform.report.ReportBuilder} of the platform's asynchronous reports, and the
 * schedule that keeps the reports table tidy. Requesting, queueing, storing, retrying, reading and
 * expiring are the platform's ({@code io.vitrina.platform.report}).
 */
package io.vitrina.catalog.report.domain;
