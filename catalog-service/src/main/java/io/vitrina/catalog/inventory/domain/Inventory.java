package io.vitrina.catalog.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The stock of one product: what is on hand and how much of it reservations hold. It is changed
 * only by conditional bulk updates (see {@link InventoryRepository}), never by loading and saving
 * this entity, so that concurrent requests cannot overwrite each other or oversell.
 */
@Entity
@Table(name = "inventory")
@NamedQuery(
    name = "Inventory.reserve",
    query =
        "UPDATE Inventory i SET i.reserved = i.reserved + :quantity"
            + " WHERE i.productId = :productId AND i.onHand - i.reserved >= :quantity")
@NamedQuery(
    name = "Inventory.release",
    query =
        "UPDATE Inventory i SET i.reserved = i.reserved - :quantity"
            + " WHERE i.productId = :productId AND i.reserved >= :quantity")
@NamedQuery(
    name = "Inventory.sell",
    query =
        "UPDATE Inventory i SET i.onHand = i.onHand - :quantity,"
            + " i.reserved = i.reserved - :quantity"
            + " WHERE i.productId = :productId AND i.reserved >= :quantity")
@NamedQuery(
    name = "Inventory.adjust",
    query =
        "UPDATE Inventory i SET i.onHand = i.onHand + :delta WHERE i.productId = :productId"
            + " AND i.onHand + :delta >= i.reserved AND i.onHand + :delta <= :maximum")
public class Inventory {

  /** The most a product can have on hand: far below the column's limit. */
  public static final int MAX_ON_HAND = 1_000_000_000;

  @Id
  @Column(name = "product_id", length = 36)
  private String productId;

  @Column(name = "on_hand", nullable = false)
  private int onHand;

  @Column(name = "reserved", nullable = false)
  private int reserved;

  @Column(name = "low_stock_threshold", nullable = false)
  private int lowStockThreshold;

  protected Inventory() {}

  /** The stock of a new product: nothing. */
  public static Inventory empty(String productId, int lowStockThreshold) {
    if (lowStockThreshold < 0) {
      throw new IllegalArgumentException("the low-stock threshold cannot be negative");
    }
    Inventory inventory = new Inventory();
    inventory.productId = productId;
    inventory.lowStockThreshold = lowStockThreshold;
    return inventory;
  }

  public String productId() {
    return productId;
  }

  public int onHand() {
    return onHand;
  }

  public int reserved() {
    return reserved;
  }

  /** What can still be reserved. */
  public int available() {
    return onHand - reserved;
  }

  public int lowStockThreshold() {
    return lowStockThreshold;
  }

  public boolean isLow() {
    return available() <= lowStockThreshold;
  }
}
