package io.vitrina.catalog.inventory.domain;

import io.vitrina.catalog.product.domain.Product;
import io.vitrina.catalog.product.domain.ProductRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * Announces each applied change of a product's stock: {@code inventory.changed} always, and {@code
 * inventory.low} when the change crossed the low-stock threshold downwards. Whoever moves stock
 * calls it in the same transaction, right after the conditional update that applied: that update's
 * row lock is still held, so nobody else's change can slip in between.
 */
@ApplicationScoped
public class StockChanges {

  @Inject InventoryRepository inventory;
  @Inject ProductRepository products;
  @Inject InventoryEvents events;
  @Inject Clock clock;

  /**
   * @param onHandDelta how much on-hand just grew (negative: shrank)
   * @param reservedDelta how much reserved just grew (negative: shrank)
   */
  public StockChange applied(
      String productId, int onHandDelta, int reservedDelta, StockChangeCause cause) {
    StockLevel after = StockLevel.of(inventory.find(productId).orElseThrow());
    StockChange change = StockChange.leaving(after, onHandDelta, reservedDelta, cause);
    String sku = products.find(productId).map(Product::sku).orElseThrow();
    Instant now = clock.instant();
    events.changed(sku, change, now);
    if (change.becameLow()) {
      events.low(sku, after, now);
    }
    return change;
  }
}
