/**
 * The JMS side of the order-event reactions: the message-driven bean on {@code vitrina.orders} and
 * the reading of the events it hands on. Malformed events are rethrown so that the broker's
 * redelivery and dead-letter address take over.
 */
package io.vitrina.catalog.orderevents.messaging;
