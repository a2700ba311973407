package io.vitrina.catalog.product.domain;

import java.util.Map;

/** What describes a product and may change: all of it is replaced on an update. */
public record ProductDetails(
    String name,
    String description,
    Price price,
    String categoryId,
    Map<String, String> attributes) {

  public ProductDetails {
    attributes = Map.copyOf(attributes);
  }
}
