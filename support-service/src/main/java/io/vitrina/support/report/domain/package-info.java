/**
 * The support reports, {@link io.vitrina.platform.report.ReportBuilder}s of the platform's
 * asynchronous CSV reports over the tickets opened in a period of UTC days: {@link
 * io.vitrina.support.report.domain.TicketVolumeReport} (tickets per type), {@link
 * io.vitrina.support.report.domain.TicketTimesByTypeReport} and {@link
 * io.vitrina.support.report.domain.TicketTimesByAgentReport} (first-response and resolution times:
 * average, median, 90th percentile), and the schedule that keeps the reports table tidy.
 */
package io.vitrina.support.report.domain;
