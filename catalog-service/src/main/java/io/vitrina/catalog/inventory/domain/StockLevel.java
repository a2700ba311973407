package io.vitrina.catalog.inventory.domain;

/**
 * A product's stock at one moment: a value, unlike the {@link Inventory} entity it is read from.
 */
public record StockLevel(String productId, int onHand, int reserved, int lowStockThreshold) {

  public static StockLevel of(Inventory inventory) {
    return new StockLevel(
        inventory.productId(),
        inventory.onHand(),
        inventory.reserved(),
        inventory.lowStockThreshold());
  }

  /** What can still be reserved. */
  public int available() {
    return onHand - reserved;
  }

  /** Whether what is available is at or below the threshold. */
  public boolean isLow() {
    return available() <= lowStockThreshold;
  }
}
