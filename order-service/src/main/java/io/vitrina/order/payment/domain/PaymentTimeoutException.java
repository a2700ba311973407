package io.vitrina.order.payment.domain;

/**
 * The provider did not answer in time: whether money moved is unknown until a lookup by the same
 * reference tells.
 */
public class PaymentTimeoutException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PaymentTimeoutException(String reference) {
    super("The payment provider did not answer in time for " + reference);
  }
}
