package io.vitrina.order.payment.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A refund to make.
 *
 * @param reference this service's id of the refund: the provider's idempotency key
 * @param chargeReference the provider's reference of the charge to refund
 */
public record RefundRequest(
    String reference, String chargeReference, BigDecimal amount, String currency) {

  public RefundRequest {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(chargeReference, "chargeReference");
    Objects.requireNonNull(currency, "currency");
    if (amount == null || amount.signum() <= 0) {
      throw new IllegalArgumentException("a refund must be above 0");
    }
  }
}
