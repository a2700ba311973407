/**
 * The worker's end of the reports queue {@code vitrina.catalog.reports}: the message-driven bean
 * that builds each requested report. The platform's {@link
 * io.vitrina.platform.report.JmsReportQueue} sends to it ({@code
 * vitrina.reports.queue=jms/catalogReports}).
 */
package io.vitrina.catalog.report.messaging;
