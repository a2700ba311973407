package io.vitrina.order.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one way amounts are rounded: two decimals, half to even (banker's rounding). */
public final class Money {

  public static final int SCALE = 2;
  public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;
  public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

  private Money() {}

  /** The amount rounded to cents. */
  public static BigDecimal round(BigDecimal amount) {
    return amount.setScale(SCALE, ROUNDING);
  }
}
