package io.vitrina.catalog.inventory.domain;

import io.vitrina.platform.problem.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Reads stock and applies the audited manual adjustments; empty means no such product. */
@ApplicationScoped
public class InventoryService {

  /** How many adjustments a listing shows. */
  public static final int ADJUSTMENTS_SHOWN = 100;

  @Inject InventoryRepository inventory;
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
    Inventory after = inventory.find(productId).orElseThrow();
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
