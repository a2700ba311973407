/**
 * Checkout and what follows it, as a saga over this service's database, catalog-service's
 * reservations and the payment provider: place the order (and {@code order.placed}) in one
 * transaction, hold stock, take payment outside any transaction, and compensate each failure
 * (cancel and release, refund and restock, expire unpaid orders). Every step that changes an order
 * publishes its events in the transaction of the change.
 */
package io.vitrina.order.checkout;
