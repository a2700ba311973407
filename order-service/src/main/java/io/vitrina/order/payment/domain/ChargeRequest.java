package io.vitrina.order.payment.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A charge to make.
 *
 * @param reference this service's id of the payment: the provider's idempotency key
 */
public record ChargeRequest(
    String reference, String orderId, BigDecimal amount, String currency, Card card) {

  public ChargeRequest {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(card, "card");
    if (amount == null || amount.signum() <= 0) {
      throw new IllegalArgumentException("a charge must be above 0");
    }
  }
}
