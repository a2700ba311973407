/** The idempotency keys in {@code idempotency_keys}, by native SQL. */
package io.vitrina.order.idempotency.persistence;
