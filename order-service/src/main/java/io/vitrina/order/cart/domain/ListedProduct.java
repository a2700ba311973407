package io.vitrina.order.cart.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A product the catalog lists for sale now, with its current price. */
public record ListedProduct(String id, String sku, String name, BigDecimal price, String currency) {

  public ListedProduct {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(currency, "currency");
    if (price.signum() <= 0) {
      throw new IllegalArgumentException("a listed price must be above 0");
    }
  }
}
