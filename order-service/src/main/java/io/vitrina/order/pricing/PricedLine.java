package io.vitrina.order.pricing;

import java.math.BigDecimal;

/** A unit price and a quantity, as pricing sees a cart or order line. */
public record PricedLine(BigDecimal unitPrice, int quantity) {

  public PricedLine {
    if (unitPrice == null || unitPrice.signum() <= 0) {
      throw new IllegalArgumentException("a unit price must be above 0");
    }
    if (quantity <= 0) {
      throw new IllegalArgumentException("a quantity must be above 0");
    }
  }

  /** Unit price times quantity, exact; at two decimals when the price is in whole cents. */
  public BigDecimal lineTotal() {
    return Money.round(unitPrice.multiply(BigDecimal.valueOf(quantity)));
  }
}
