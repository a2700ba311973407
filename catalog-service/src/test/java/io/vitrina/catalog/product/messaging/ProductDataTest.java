package io.vitrina.catalog.product.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vitrina.catalog.product.domain.CurrencyCode;
import io.vitrina.catalog.product.domain.Price;
import io.vitrina.catalog.product.domain.Product;
import io.vitrina.catalog.product.domain.ProductDetails;
import io.vitrina.catalog.product.domain.ProductStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductDataTest {

  private static final String CATEGORY = "3f1c9a52-0000-4000-8000-00000000000c";

  @Test
  void shouldCarryThePublicViewOfTheProductAndWhenItChanged() {
    Instant created = Instant.parse("2026-03-01T10:00:00Z");
    Instant changed = Instant.parse("2026-03-02T11:30:00Z");
    Product product =
        Product.create(
            "SKU-EVENT-1",
            new ProductDetails(
                "Lamp", "A lamp", Price.of("89.9", CurrencyCode.EUR), CATEGORY, Map.of("k", "v")),
            ProductStatus.DRAFT,
            created);
    product.update(
        new ProductDetails(
            "Desk lamp", null, Price.of("79.90", CurrencyCode.USD), CATEGORY, Map.of()),
        ProductStatus.ACTIVE,
        changed);

    ProductData data = ProductData.of(product);

    assertEquals(product.id(), data.productId());
    assertEquals("SKU-EVENT-1", data.sku());
    assertEquals("Desk lamp", data.name());
    assertEquals(null, data.description());
    assertEquals(new BigDecimal("79.90"), data.price());
    assertEquals("USD", data.currency());
    assertEquals(CATEGORY, data.categoryId());
    assertEquals(Map.of(), data.attributes());
    assertEquals("ACTIVE", data.status());
    assertEquals(product.version(), data.version());
    assertEquals(created, data.createdAt());
    assertEquals(changed, data.updatedAt());
    assertEquals(changed, data.occurredAt());
  }
}
