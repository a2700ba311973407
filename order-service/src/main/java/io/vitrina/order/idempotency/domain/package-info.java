/**
 * Idempotency keys: a client's {@code Idempotency-Key} on a request that changes money or orders
 * makes a retry of the same request answer the first response again, with nothing redone.
 */
package io.vitrina.order.idempotency.domain;
