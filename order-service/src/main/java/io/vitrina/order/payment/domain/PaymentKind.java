package io.vitrina.order.payment.domain;

/** Which way the money goes. */
public enum PaymentKind {
  CHARGE,
  REFUND
}
