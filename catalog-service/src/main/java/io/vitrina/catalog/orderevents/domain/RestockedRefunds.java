package io.vitrina.catalog.orderevents.domain;

import java.time.Instant;

/** The refunds whose units went back on hand: each refund is restocked once. */
public interface RestockedRefunds {

  /**
   * Records that the refund is being restocked, unless it was before. When another transaction is
   * recording the same refund, waits for it: true only for the one that commits first.
   *
   * @return true when this call recorded it; false when it was restocked before
   */
  boolean mark(String refundId, String orderId, Instant restockedAt);
}
