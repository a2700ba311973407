package io.vitrina.order.payment.domain;

/**
 * Where a recorded payment (a charge or a refund) stands: PENDING while the provider is asked, then
 * SUCCEEDED or DECLINED as it answers, or UNKNOWN when it did not answer in time (until a lookup
 * settles it).
 */
public enum PaymentStatus {
  PENDING,
  SUCCEEDED,
  DECLINED,
  UNKNOWN;

  public boolean isSettled() {
    return this == SUCCEEDED || this == DECLINED;
  }
}
