package io.vitrina.catalog.inventory.messaging;

import io.vitrina.catalog.inventory.domain.StockLevel;
import java.time.Instant;

/** Data of {@code inventory.low}: the stock that has just dropped to or below its threshold. */
public record InventoryLow(
    String productId,
    String sku,
    int onHand,
    int reserved,
    int available,
    int lowStockThreshold,
    Instant occurredAt) {

  static InventoryLow of(String sku, StockLevel level, Instant occurredAt) {
    return new InventoryLow(
        level.productId(),
        sku,
        level.onHand(),
        level.reserved(),
        level.available(),
        level.lowStockThreshold(),
        occurredAt);
  }
}
