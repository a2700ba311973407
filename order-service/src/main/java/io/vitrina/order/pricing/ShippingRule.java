package io.vitrina.order.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Flat shipping for one currency, free once the goods reach a threshold.
 *
 * @param flat what shipping costs below the threshold (0 or more, whole cents)
 * @param freeFrom the goods subtotal from which shipping is free; {@code null}: never free
 */
public record ShippingRule(BigDecimal flat, BigDecimal freeFrom) {

  /** Shipping that always costs nothing. */
  public static final ShippingRule FREE = new ShippingRule(BigDecimal.ZERO, null);

  public ShippingRule {
    Objects.requireNonNull(flat, "flat");
    if (flat.signum() < 0) {
      throw new IllegalArgumentException("flat shipping must not be negative");
    }
    flat = cents(flat, "flat shipping");
    if (freeFrom != null) {
      if (freeFrom.signum() < 0) {
        throw new IllegalArgumentException("the free-shipping threshold must not be negative");
      }
      freeFrom = cents(freeFrom, "the free-shipping threshold");
    }
  }

  /** What shipping costs for goods worth {@code subtotal}; nothing for no goods. */
  public BigDecimal costFor(BigDecimal subtotal) {
    if (subtotal.signum() == 0) {
      return Money.ZERO;
    }
    if (freeFrom != null && subtotal.compareTo(freeFrom) >= 0) {
      return Money.ZERO;
    }
    return flat;
  }

  private static BigDecimal cents(BigDecimal amount, String what) {
    try {
      return amount.setScale(Money.SCALE, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(what + " must be in whole cents: " + amount, e);
    }
  }
}
