/**
 * catalog's reactions to order-service's events: {@code order.paid} commits the order's
 * reservation, {@code order.cancelled} releases it while it is still held, and {@code
 * order.refunded} with restock puts the refunded units back on hand. Each event has its effect
 * once: its id is marked in {@code processed_events} in the same transaction as the effect.
 */
package io.vitrina.catalog.orderevents.domain;
