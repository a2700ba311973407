/**
 * The reports queue {@code vitrina.orders.reports} ({@code jms/orderReports}): the XA sender of
 * report requests and the message-driven bean that builds them.
 */
package io.vitrina.order.report.messaging;
