package io.vitrina.catalog.product.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact price: more than zero, in whole cents (at most two decimal places as given), below 10^15
 * so that it fits the DECIMAL(19,4) column. The amount is kept at scale 2.
 */
public record Price(BigDecimal amount, CurrencyCode currency) {

  /** Digits before the decimal point the column leaves room for. */
  public static final int MAX_INTEGER_DIGITS = 15;

  public Price {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (amount.signum() <= 0) {
      throw new IllegalArgumentException("must be greater than 0");
    }
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("must have at most 2 decimal places");
    }
    amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException(
          "must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
    }
  }

  public static Price of(String amount, CurrencyCode currency) {
    return new Price(new BigDecimal(amount), currency);
  }
}
