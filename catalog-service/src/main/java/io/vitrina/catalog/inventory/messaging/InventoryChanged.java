package io.vitrina.catalog.inventory.messaging;

import io.vitrina.catalog.inventory.domain.StockChange;
import io.vitrina.catalog.inventory.domain.StockLevel;
import java.time.Instant;

/**
 * Data of {@code inventory.changed}: a product's stock after the change, and its cause ({@code
 * adjustment}, {@code reservation}, {@code commit}, {@code release}, {@code expiry} or {@code
 * restock}).
 */
public record InventoryChanged(
    String productId,
    String sku,
    int onHand,
    int reserved,
    int available,
    String cause,
    Instant occurredAt) {

  static InventoryChanged of(String sku, StockChange change, Instant occurredAt) {
    StockLevel after = change.after();
    return new InventoryChanged(
        after.productId(),
        sku,
        after.onHand(),
        after.reserved(),
        after.available(),
        change.cause().wireName(),
        occurredAt);
  }
}
