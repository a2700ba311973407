package io.vitrina.catalog.inventory.domain;

import java.util.List;
import java.util.Optional;

/**
 * Where stock is kept. Each change is one conditional UPDATE that tells whether it applied: the
 * database row lock makes the check and the change one step, however many requests race.
 * Implementations join the caller's transaction.
 */
public interface InventoryRepository {

  void add(Inventory inventory);

  /** The stock as the database has it now, including this transaction's own changes. */
  Optional<Inventory> find(String productId);

  /** Holds {@code quantity} more, if that much is available. */
  boolean reserve(String productId, int quantity);

  /** Gives back {@code quantity} held, if that much is held. */
  boolean release(String productId, int quantity);

  /** Turns {@code quantity} held into a sale: it leaves both on-hand and reserved. */
  boolean sell(String productId, int quantity);

  /** Changes on-hand by {@code delta}, unless that would leave it below reserved or too high. */
  boolean adjust(String productId, int delta);

  void addAdjustment(InventoryAdjustment adjustment);

  /** The latest adjustments of a product, newest first. */
  List<InventoryAdjustment> latestAdjustments(String productId, int limit);

  Optional<InventoryAdjustment> findAdjustment(long id);
}
