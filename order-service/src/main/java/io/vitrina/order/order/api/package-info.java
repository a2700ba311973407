/**
 * {@code /api/orders}: checkout, payment, cancellation, operators' status moves, and the order and
 * history reads, with idempotency keys on the requests that place or pay orders.
 */
package io.vitrina.order.order.api;
