package io.vitrina.catalog.report.domain;

import io.vitrina.catalog.product.domain.ProductStatus;

/** One product's stock, as the inventory report lists it. */
public record InventoryLine(
    String sku,
    String name,
    String categoryId,
    ProductStatus status,
    int onHand,
    int reserved,
    int lowStockThreshold) {

  public int available() {
    return onHand - reserved;
  }

  public boolean lowStock() {
    return available() <= lowStockThreshold;
  }
}
