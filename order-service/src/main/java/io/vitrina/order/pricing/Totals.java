package io.vitrina.order.pricing;

import java.math.BigDecimal;

/**
 * What a set of lines costs, every amount at two decimals: {@code total = subtotal + shipping +
 * tax} holds exactly.
 */
public record Totals(BigDecimal subtotal, BigDecimal shipping, BigDecimal tax, BigDecimal total) {

  public static final Totals NONE = new Totals(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
}
