package io.vitrina.catalog.inventory.domain;

import java.time.Instant;

/**
 * The port through which stock changes are announced to other services. Called inside the
 * transaction of the change: an implementation publishes if and only if that transaction commits.
 */
public interface InventoryEvents {

  /** Any change of on-hand or reserved. */
  void changed(String sku, StockChange change, Instant occurredAt);

  /** The available stock has just dropped to or below the product's low-stock threshold. */
  void low(String sku, StockLevel level, Instant occurredAt);
}
