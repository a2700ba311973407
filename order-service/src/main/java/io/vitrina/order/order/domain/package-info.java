/**
 * The order domain: orders with price snapshots, the status state machine ({@link
 * io.vitrina.order.order.domain.OrderStatus} holds the table) and the status history.
 */
package io.vitrina.order.order.domain;
