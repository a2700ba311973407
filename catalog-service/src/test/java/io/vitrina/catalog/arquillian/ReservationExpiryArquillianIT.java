package io.vitrina.catalog.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.catalog.category.domain.CategoryService;
import io.vitrina.catalog.inventory.domain.InventoryRepository;
import io.vitrina.catalog.inventory.domain.InventoryService;
import io.vitrina.catalog.product.domain.Product;
import io.vitrina.catalog.product.domain.ProductService;
import io.vitrina.catalog.reservation.domain.Reservation;
import io.vitrina.catalog.reservation.domain.ReservationExpiry;
import io.vitrina.catalog.reservation.domain.ReservationLine;
import io.vitrina.catalog.reservation.domain.ReservationRepository;
import io.vitrina.catalog.reservation.domain.ReservationService;
import io.vitrina.catalog.reservation.domain.ReservationStatus;
import io.vitrina.platform.problem.ConflictException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Expiry on the real database: a reservation held past its time gives its stock back. */
@ExtendWith(ArquillianExtension.class)
class ReservationExpiryArquillianIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.catalogService(ReservationExpiryArquillianIT.class);
  }

  @Inject CategoryService categories;
  @Inject ProductService products;
  @Inject InventoryService inventory;
  @Inject InventoryRepository inventoryRepository;
  @Inject ReservationRepository reservationRepository;
  @Inject ReservationService reservations;
  @Inject ReservationExpiry expiry;
  @Inject UserTransaction transaction;

  @Test
  void shouldReleaseStockOfReservationHeldPastItsTime() throws Exception {
    Product product = Fixtures.activeProductWithStock(categories, products, inventory, 4);
    String overdue = "overdue-" + Fixtures.unique();
    String current = "current-" + Fixtures.unique();
    // Held as if made an hour ago with the default time to live: due since 45 minutes.
    transaction.begin();
    reservationRepository.add(
        Reservation.hold(
            overdue,
            List.of(new ReservationLine(product.id(), 3)),
            Instant.now().minus(Duration.ofHours(1)),
            Duration.ofMinutes(15)));
    assertTrue(inventoryRepository.reserve(product.id(), 3));
    transaction.commit();
    reservations.reserve(current, List.of(new ReservationLine(product.id(), 1)));
    assertEquals(0, inventory.find(product.id()).orElseThrow().available());

    assertTrue(expiry.expireDue() >= 1);

    assertEquals(ReservationStatus.EXPIRED, reservations.find(overdue).orElseThrow().status());
    assertEquals(ReservationStatus.HELD, reservations.find(current).orElseThrow().status());
    assertEquals(1, inventory.find(product.id()).orElseThrow().reserved());
    assertEquals(3, inventory.find(product.id()).orElseThrow().available());
    assertThrows(ConflictException.class, () -> reservations.commit(overdue));
    assertEquals(ReservationStatus.EXPIRED, reservations.release(overdue).orElseThrow().status());
    assertEquals(1, inventory.find(product.id()).orElseThrow().reserved());
  }
}
