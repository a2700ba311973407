package io.vitrina.catalog.inventory.api;

import io.vitrina.catalog.inventory.domain.Inventory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A product's stock. */
@Schema(name = "Inventory")
public record InventoryView(
    int onHand,
    int reserved,
    @Schema(description = "onHand - reserved: what can still be reserved") int available,
    int lowStockThreshold,
    @Schema(description = "available is at or below the threshold") boolean lowStock) {

  static InventoryView of(Inventory inventory) {
    return new InventoryView(
        inventory.onHand(),
        inventory.reserved(),
        inventory.available(),
        inventory.lowStockThreshold(),
        inventory.isLow());
  }
}
