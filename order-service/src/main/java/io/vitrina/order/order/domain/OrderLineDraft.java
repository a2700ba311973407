package io.vitrina.order.order.domain;

import io.vitrina.order.pricing.PricedLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A line to place an order with: a product, how many, and the price it is sold at. */
public record OrderLineDraft(
    String productId, String sku, String name, int quantity, BigDecimal unitPrice) {

  public OrderLineDraft {
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unitPrice, "unitPrice");
    try {
      unitPrice = unitPrice.setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("a unit price must be in whole cents: " + unitPrice, e);
    }
  }

  /** The line as pricing sees it; also checks price and quantity are above 0. */
  public PricedLine priced() {
    return new PricedLine(unitPrice, quantity);
  }
}
