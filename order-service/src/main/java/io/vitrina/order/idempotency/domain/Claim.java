package io.vitrina.order.idempotency.domain;

/**
 * A request's hold on its idempotency key while it runs.
 *
 * @param customerId whose key it is
 * @param key the Idempotency-Key
 * @param resumedOrderId the order an abandoned earlier run of the same request had already placed
 *     under the key, when this run took the key over from it; null otherwise
 */
public record Claim(String customerId, String key, String resumedOrderId) {

  /** Whether an earlier run of this request placed an order that this run must carry on. */
  public boolean resumes() {
    return resumedOrderId != null;
  }
}
