package io.vitrina.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import jakarta.jms.JMSConsumer;
import jakarta.jms.TextMessage;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An event that reaches its consumers twice, end to end: a real event order-service published is
 * published again on {@code vitrina.orders}, the same message to the byte (ce_id, body, CloudEvents
 * attributes), as a publisher's retried send or a redelivery would. catalog-service dedupes by
 * {@code ce_id}: the second copy is counted as a duplicate and has no effect.
 *
 * <p>A different event of the same content (a new {@code ce_id}) is a new event to catalog: it is
 * not deduplicated by its id, and what it does is what catalog's state allows. A refund it
 * restocked before is known by its refund id, so it is counted as a duplicate and nothing moves; a
 * second cancellation of an order whose held stock was already given back finds no held stock, so
 * it is ignored and nothing moves.
 */
class DuplicateDeliveryIT {

  private OrderEventsOnTheBroker broker;

  @BeforeEach
  void connect() {
    broker = new OrderEventsOnTheBroker();
  }

  @AfterEach
  void close() {
    broker.close();
  }

  @Test
  void shouldRestockOnceWhenTheSameRefundIsDeliveredAgain() throws Exception {
    String admin = Journey.adminToken();
    Journey.Sale sale = Journey.sold(admin, 6, 2);
    String product = sale.product();
    String customer = sale.customer();
    String orderId = sale.orderId();

    JMSConsumer refunds = broker.watch(orderId, "order.refunded");
    Journey.cancel(customer, orderId).then().statusCode(200);
    TextMessage refunded = OrderEventsOnTheBroker.next(refunds);
    Journey.awaitInventory(admin, product, 6, 0);
    assertEquals(1, CatalogOperations.adjustments(admin, product, orderId).size());

    double duplicates = CatalogOperations.consumed("order.refunded", "duplicate");
    broker.publishAgain(refunded, null);

    // catalog took the copy off its subscription and recognised it ...
    await()
        .atMost(Journey.EVENTS)
        .until(() -> CatalogOperations.consumed("order.refunded", "duplicate") > duplicates);
    // ... and nothing moved: the units came back once, with one audited restock.
    assertInventory(admin, product, 6, 0);
    assertEquals(
        1,
        CatalogOperations.adjustments(admin, product, orderId).size(),
        "one restock of order " + orderId);
    assertEquals("REFUNDED", Journey.order(customer, orderId).path("status"));

    // Republished under a new id (a producer that sent it again): the same refund, restocked once.
    broker.publishAgain(refunded, UUID.randomUUID().toString());
    await()
        .atMost(Journey.EVENTS)
        .until(() -> CatalogOperations.consumed("order.refunded", "duplicate") > duplicates + 1);
    assertInventory(admin, product, 6, 0);
    assertEquals(
        1,
        CatalogOperations.adjustments(admin, product, orderId).size(),
        "one restock of order " + orderId);
  }

  @Test
  void shouldTakeANewCancellationOfAReleasedOrderAsNothingLeftToRelease() throws Exception {
    String admin = Journey.adminToken();
    String product = Journey.stockedProduct(admin, 4);
    String customer = Journey.newCustomer();
    Journey.addToCart(customer, product, 2);
    Response placed = Journey.checkout(customer, Journey.unique(), null);
    placed.then().statusCode(201);
    String orderId = placed.path("id");
    assertInventory(admin, product, 4, 2);

    JMSConsumer cancellations = broker.watch(orderId, "order.cancelled");
    Journey.cancel(customer, orderId).then().statusCode(200);
    TextMessage cancelled = OrderEventsOnTheBroker.next(cancellations);
    Journey.awaitInventory(admin, product, 4, 0);

    double ignored = CatalogOperations.consumed("order.cancelled", "ignored");
    double processed = CatalogOperations.consumed("order.cancelled", "processed");
    String newId = UUID.randomUUID().toString();
    broker.publishAgain(cancelled, newId);

    // Not a duplicate (a new id), so catalog looked at the reservation: released, nothing held.
    await()
        .atMost(Journey.EVENTS)
        .until(() -> CatalogOperations.consumed("order.cancelled", "ignored") > ignored);
    assertEquals(processed, CatalogOperations.consumed("order.cancelled", "processed"));
    assertInventory(admin, product, 4, 0);
  }

  private static void assertInventory(String admin, String product, int onHand, int reserved) {
    assertArrayEquals(new int[] {onHand, reserved}, Journey.inventory(admin, product));
  }
}
