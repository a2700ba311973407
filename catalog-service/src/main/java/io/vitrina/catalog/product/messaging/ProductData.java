package io.vitrina.catalog.product.messaging;

import io.vitrina.catalog.product.domain.Product;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * Data of {@code product.created}, {@code product.updated} and {@code product.discontinued}: the
 * product as its public view shows it, at the version the change committed, and when the change
 * happened.
 */
public record ProductData(
    String productId,
    String sku,
    String name,
    String description,
    BigDecimal price,
    String currency,
    String categoryId,
    Map<String, String> attributes,
    String status,
    long version,
    Instant createdAt,
    Instant updatedAt,
    Instant occurredAt) {

  static ProductData of(Product product) {
    return new ProductData(
        product.id(),
        product.sku(),
        product.name(),
        product.description(),
        product.price().amount(),
        product.price().currency().name(),
        product.categoryId(),
        product.attributes(),
        product.status().name(),
        product.version(),
        product.createdAt(),
        product.updatedAt(),
        product.updatedAt());
  }
}
