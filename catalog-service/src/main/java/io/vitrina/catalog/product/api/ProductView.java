package io.vitrina.catalog.product.api;

import io.vitrina.catalog.product.domain.Product;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A product as clients see it. */
@Schema(name = "Product")
public record ProductView(
    String id,
    String sku,
    String name,
    String description,
    @Schema(example = "89.90") BigDecimal price,
    @Schema(enumeration = {"EUR", "USD", "GBP", "MXN"}) String currency,
    String categoryId,
    Map<String, String> attributes,
    @Schema(enumeration = {"DRAFT", "ACTIVE", "DISCONTINUED"}) String status,
    Instant createdAt,
    Instant updatedAt,
    @Schema(description = "Send it back with an update") long version) {

  static ProductView of(Product product) {
    return new ProductView(
        product.id(),
        product.sku(),
        product.name(),
        product.description(),
        product.price().amount(),
        product.price().currency().name(),
        product.categoryId(),
        product.attributes(),
        product.status().name(),
        product.createdAt(),
        product.updatedAt(),
        product.version());
  }
}
