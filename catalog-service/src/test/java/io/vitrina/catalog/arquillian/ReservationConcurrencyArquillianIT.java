package io.vitrina.catalog.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.catalog.category.domain.CategoryService;
import io.vitrina.catalog.inventory.domain.Inventory;
import io.vitrina.catalog.inventory.domain.InventoryService;
import io.vitrina.catalog.product.domain.Product;
import io.vitrina.catalog.product.domain.ProductService;
import io.vitrina.catalog.reservation.domain.InsufficientStockException;
import io.vitrina.catalog.reservation.domain.ReservationLine;
import io.vitrina.catalog.reservation.domain.ReservationService;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reservations never oversell, however many requests race, and are all-or-nothing. */
@ExtendWith(ArquillianExtension.class)
class ReservationConcurrencyArquillianIT {

  private static final int STOCK = 10;
  private static final int BUYERS = 40;

  @Deployment
  static WebArchive deployment() {
    return Deployments.catalogService(ReservationConcurrencyArquillianIT.class);
  }

  @Inject CategoryService categories;
  @Inject ProductService products;
  @Inject InventoryService inventory;
  @Inject ReservationService reservations;

  @Test
  void shouldReserveExactlyTheStockWhenFortyBuyersRaceForTen() throws Exception {
    Product product = Fixtures.activeProductWithStock(categories, products, inventory, STOCK);
    String run = Fixtures.unique();
    ManagedExecutorService executor =
        InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
    CountDownLatch start = new CountDownLatch(1);
    AtomicBoolean racing = new AtomicBoolean(true);
    AtomicInteger maxReserved = new AtomicInteger();
    AtomicInteger invariantBroken = new AtomicInteger();

    // Watches the row while the buyers race: reserved must never pass what is on hand.
    Future<?> watcher =
        executor.submit(
            () -> {
              while (racing.get()) {
                Inventory seen = inventory.find(product.id()).orElseThrow();
                maxReserved.accumulateAndGet(seen.reserved(), Math::max);
                if (seen.reserved() > seen.onHand() || seen.onHand() != STOCK) {
                  invariantBroken.incrementAndGet();
                }
              }
              return null;
            });
    List<Future<Boolean>> buyers = new ArrayList<>();
    for (int i = 0; i < BUYERS; i++) {
      String orderId = "race-" + run + "-" + i;
      buyers.add(
          executor.submit(
              () -> {
                start.await();
                try {
                  reservations.reserve(orderId, List.of(new ReservationLine(product.id(), 1)));
                  return true;
                } catch (InsufficientStockException soldOut) {
                  return false;
                }
              }));
    }
    start.countDown();
    int succeeded = 0;
    for (Future<Boolean> buyer : buyers) {
      // Any other failure (a deadlock, a lock timeout) fails the test here.
      if (buyer.get(120, TimeUnit.SECONDS)) {
        succeeded++;
      }
    }
    racing.set(false);
    watcher.get(30, TimeUnit.SECONDS);

    assertEquals(STOCK, succeeded, "exactly the stock is sold, no more and no less");
    Inventory after = inventory.find(product.id()).orElseThrow();
    assertEquals(STOCK, after.onHand());
    assertEquals(STOCK, after.reserved());
    assertEquals(0, after.available());
    assertTrue(maxReserved.get() <= STOCK, "reserved peaked at " + maxReserved.get());
    assertEquals(0, invariantBroken.get(), "the watcher saw reserved above on-hand");
    int held = 0;
    for (int i = 0; i < BUYERS; i++) {
      if (reservations.find("race-" + run + "-" + i).isPresent()) {
        held++;
      }
    }
    assertEquals(STOCK, held, "a refused buyer leaves no reservation behind");
  }

  @Test
  void shouldReserveNothingWhenALaterLineIsShort() {
    Product first = Fixtures.activeProductWithStock(categories, products, inventory, 5);
    Product second = Fixtures.activeProductWithStock(categories, products, inventory, 5);
    // Lines are applied in product-id order: make the one applied second the short one.
    Product applied = first.id().compareTo(second.id()) < 0 ? first : second;
    Product shortOne = applied == first ? second : first;
    String orderId = "short-" + Fixtures.unique();

    InsufficientStockException refused =
        assertThrows(
            InsufficientStockException.class,
            () ->
                reservations.reserve(
                    orderId,
                    List.of(
                        new ReservationLine(shortOne.id(), 6),
                        new ReservationLine(applied.id(), 2))));

    assertTrue(refused.detail().contains(shortOne.id()), refused.detail());
    assertEquals(0, inventory.find(applied.id()).orElseThrow().reserved());
    assertEquals(5, inventory.find(applied.id()).orElseThrow().available());
    assertEquals(0, inventory.find(shortOne.id()).orElseThrow().reserved());
    assertFalse(reservations.find(orderId).isPresent());
  }

  @Test
  void shouldGiveStockBackOnReleaseAndTakeItOnCommit() {
    Product product = Fixtures.activeProductWithStock(categories, products, inventory, 5);
    String released = "rel-" + Fixtures.unique();
    String committed = "com-" + Fixtures.unique();
    reservations.reserve(released, List.of(new ReservationLine(product.id(), 2)));
    reservations.reserve(committed, List.of(new ReservationLine(product.id(), 3)));
    assertEquals(0, inventory.find(product.id()).orElseThrow().available());

    reservations.release(released);
    reservations.release(released);
    reservations.commit(committed);
    reservations.commit(committed);

    Inventory after = inventory.find(product.id()).orElseThrow();
    assertEquals(2, after.onHand());
    assertEquals(0, after.reserved());
    assertEquals(2, after.available());
  }
}
