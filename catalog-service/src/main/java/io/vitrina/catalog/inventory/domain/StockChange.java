package io.vitrina.catalog.inventory.domain;

import java.util.Objects;

/**
 * One change of a product's stock: what it was, what it is, and why. Stock changes only through
 * conditional updates whose row lock lasts until the transaction ends, so the state just after a
 * change, less the change, is exactly the state before it.
 */
public record StockChange(StockLevel before, StockLevel after, StockChangeCause cause) {

  public StockChange {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(cause, "cause");
  }

  /**
   * The change that left {@code after} by moving on-hand and reserved by these amounts.
   *
   * @param onHandDelta how much on-hand grew (negative: shrank)
   * @param reservedDelta how much reserved grew (negative: shrank)
   */
  public static StockChange leaving(
      StockLevel after, int onHandDelta, int reservedDelta, StockChangeCause cause) {
    StockLevel before =
        new StockLevel(
            after.productId(),
            after.onHand() - onHandDelta,
            after.reserved() - reservedDelta,
            after.lowStockThreshold());
    return new StockChange(before, after, cause);
  }

  /**
   * Whether this change took the available stock from above the low-stock threshold to at or below
   * it. Only that crossing is news: a product that stays low, or starts low, is not announced
   * again.
   */
  public boolean becameLow() {
    return !before.isLow() && after.isLow();
  }
}
