package io.vitrina.catalog.inventory.domain;

import io.vitrina.platform.problem.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Reads stock and applies the audited adjustments, by hand or as restocks of refunded orders; empty
 * means no such product. Every adjustment is announced as {@code inventory.changed}.
 */
@ApplicationScoped
public class InventoryService {

  /** How many adjustments a listing shows. */
  public static final int ADJUSTMENTS_SHOWN = 100;

  @Inject InventoryRepository inventory;
  @Inject StockChanges changes;
  @Inject Clock clock;

  @Transactional
  public Optional<Inventory> find(String productId) {
    return inventory.find(productId);
  }

  /**
   * Changes the stock on hand and records who did it and why.
   *
   * @throws ConflictException when the change would leave less on hand than is reserved
   */
  @Transactional
  public Optional<InventoryAdjustment> adjust(
      String productId, int delta, String reason, String actor) {
    return adjust(productId, delta, reason, actor, StockChangeCause.ADJUSTMENT);
  }

  /**
   * Puts units of a refunded order back on hand, audited like any adjustment.
   *
   * @throws ConflictException when on-hand would exceed its maximum
   */
  @Transactional
  public Optional<InventoryAdjustment> restock(
      String productId, int quantity, String reason, String actor) {
    if (quantity <= 0) {
      throw new IllegalArgumentException("a restock puts at least one unit back");
    }
    return adjust(productId, quantity, reason, actor, StockChangeCause.RESTOCK);
  }

  private Optional<InventoryAdjustment> adjust(
      String productId, int delta, String reason, String actor, StockChangeCause cause) {
    Optional<Inventory> before = inventory.find(productId);
    if (before.isEmpty()) {
      return Optional.empty();
    }
    if (!inventory.adjust(productId, delta)) {
      Inventory current = inventory.find(productId).orElseThrow();
      throw new ConflictException(
          "Adjusting by "
              + delta
              + " would leave "
              + ((long) current.onHand() + delta)
              + " on hand with "
              + current.reserved()
              + " reserved; on-hand may be neither below reserved nor above "
              + Inventory.MAX_ON_HAND
              + ".");
    }
    StockLevel after = changes.applied(productId, delta, 0, cause).after();
    InventoryAdjustment adjustment =
        new InventoryAdjustment(productId, delta, reason, actor, clock.instant(), after.onHand());
    inventory.addAdjustment(adjustment);
    return Optional.of(adjustment);
  }

  @Transactional
  public Optional<List<InventoryAdjustment>> latestAdjustments(String productId) {
    return inventory
        .find(productId)
        .map(found -> inventory.latestAdjustments(productId, ADJUSTMENTS_SHOWN));
  }

  @Transactional
  public Optional<InventoryAdjustment> findAdjustment(String productId, long id) {
    return inventory.findAdjustment(id).filter(a -> a.productId().equals(productId));
  }
}
