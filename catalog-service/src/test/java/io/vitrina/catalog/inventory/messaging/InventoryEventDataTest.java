package io.vitrina.catalog.inventory.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vitrina.catalog.inventory.domain.StockChange;
import io.vitrina.catalog.inventory.domain.StockChangeCause;
import io.vitrina.catalog.inventory.domain.StockLevel;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InventoryEventDataTest {

  private static final String PRODUCT = "3f1c9a52-0000-4000-8000-000000000002";
  private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123Z");

  @Test
  void shouldCarryTheStockAfterTheChangeAndItsCause() {
    StockChange change =
        StockChange.leaving(new StockLevel(PRODUCT, 8, 3, 2), 0, -2, StockChangeCause.EXPIRY);

    InventoryChanged data = InventoryChanged.of("SKU-1", change, AT);

    assertEquals(new InventoryChanged(PRODUCT, "SKU-1", 8, 3, 5, "expiry", AT), data);
  }

  @Test
  void shouldCarryTheThresholdWithTheLowStock() {
    InventoryLow data = InventoryLow.of("SKU-2", new StockLevel(PRODUCT, 4, 2, 3), AT);

    assertEquals(new InventoryLow(PRODUCT, "SKU-2", 4, 2, 2, 3, AT), data);
  }
}
