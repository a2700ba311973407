package io.vitrina.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Messages catalog-service's consumer cannot process, end to end. A poison message (an order.paid
 * whose body is not JSON: catalog rejects it, where an unknown type would only be ignored) is
 * retried by the broker, then moved to the dead-letter address, while the valid events behind it on
 * the same subscription are processed. The administrators find it with its original queue, replay
 * it (it fails again and comes back with one replay counted) and discard it.
 *
 * <p>An event that failed only because catalog's database was away is a transient dead letter: once
 * the database is back, the replay applies it, once.
 */
class PoisonMessageIT {
  private static final String POISON = "{\"orderId\": not json";

  @AfterEach
  void restore() {
    CatalogDatabase.start();
  }

  @Test
  void shouldDeadLetterAPoisonMessageAndKeepProcessingTheQueue() throws Exception {
    String admin = Journey.adminToken();
    String eventId = UUID.randomUUID().toString();
    try (OrderEventsOnTheBroker broker = new OrderEventsOnTheBroker()) {
      broker.sendToCatalog(eventId, "order.paid", UUID.randomUUID().toString(), POISON);
    }

    // Valid events of the same subscription, behind the poison message, still have their effect.
    String product = Journey.stockedProduct(admin, 5);
    String customer = Journey.newCustomer();
    Journey.paidOrder(customer, product, 1);
    Journey.awaitInventory(admin, product, 4, 0);

    Map<String, Object> dead =
        CatalogOperations.awaitDeadLetter(admin, CatalogOperations.event(eventId, 0));
    assertEquals("vitrina.orders", dead.get("originalAddress"));
    assertEquals("catalog-service", dead.get("originalQueue"));
    assertEquals("order.paid", dead.get("eventType"));
    assertEquals(POISON, dead.get("body"));
    String id = (String) dead.get("id");
    // Only catalog's subscription got it, so only catalog's part of the address holds it.
    assertTrue(
        CatalogOperations.deadLetters(Journey.SUPPORT, admin).stream()
            .noneMatch(d -> eventId.equals(d.get("eventId"))));

    String someone = Journey.newCustomer();
    given()
        .baseUri(Journey.CATALOG)
        .header("Authorization", someone)
        .get("/api/admin/dead-letters")
        .then()
        .statusCode(403);
    given()
        .baseUri(Journey.CATALOG)
        .header("Authorization", someone)
        .post("/api/admin/dead-letters/" + id + "/replay")
        .then()
        .statusCode(403);
    given()
        .baseUri(Journey.CATALOG)
        .header("Authorization", someone)
        .delete("/api/admin/dead-letters/" + id)
        .then()
        .statusCode(403);

    replay(admin, id);
    Map<String, Object> again =
        CatalogOperations.awaitDeadLetter(admin, CatalogOperations.event(eventId, 1));
    assertEquals(1, ((Number) again.get("replays")).intValue());
    String againId = (String) again.get("id");
    assertNotEquals(id, againId);
    assertEquals("vitrina.orders", again.get("originalAddress"));
    // Replayed again, it goes back to the same subscription and is counted again.
    replay(admin, againId);
    Map<String, Object> twice =
        CatalogOperations.awaitDeadLetter(admin, CatalogOperations.event(eventId, 2));
    assertEquals("catalog-service", twice.get("originalQueue"));
    againId = (String) twice.get("id");

    given()
        .baseUri(Journey.CATALOG)
        .header("Authorization", admin)
        .delete("/api/admin/dead-letters/" + againId)
        .then()
        .statusCode(204);
    given()
        .baseUri(Journey.CATALOG)
        .header("Authorization", admin)
        .get("/api/admin/dead-letters/" + againId)
        .then()
        .statusCode(404);
    assertTrue(
        CatalogOperations.deadLetter(admin, d -> eventId.equals(d.get("eventId"))).isEmpty());
  }

  @Test
  void shouldApplyOnceAnEventReplayedAfterTheDatabaseCameBack() {
    String admin = Journey.adminToken();
    Journey.Sale sale = Journey.sold(admin, 6, 2);
    String product = sale.product();
    String customer = sale.customer();
    String orderId = sale.orderId();

    CatalogDatabase.stop();
    // order-service refunds without catalog; its order.refunded cannot be applied by catalog.
    Journey.cancel(customer, orderId).then().statusCode(200);
    Predicate<Map<String, Object>> ofThisOrder =
        d -> String.valueOf(d.get("body")).contains(orderId);
    for (String type : List.of("order.cancelled", "order.refunded")) {
      Map<String, Object> dead =
          CatalogOperations.awaitDeadLetter(
              admin, ofThisOrder.and(d -> type.equals(d.get("eventType"))));
      assertEquals("catalog-service", dead.get("originalQueue"));
    }

    CatalogDatabase.start();
    assertArrayEquals(
        new int[] {4, 0}, Journey.inventory(admin, product), "a dead letter has no effect");
    // The administrator replays what the outage left behind: the refund and the cancellation.
    List<Map<String, Object>> left =
        CatalogOperations.deadLetters(Journey.CATALOG, admin).stream().filter(ofThisOrder).toList();
    left.forEach(d -> replay(admin, (String) d.get("id")));

    Journey.awaitInventory(admin, product, 6, 0);
    await()
        .atMost(Journey.EVENTS)
        .until(
            () ->
                CatalogOperations.deadLetters(Journey.CATALOG, admin).stream()
                    .noneMatch(ofThisOrder));
    assertEquals(
        1,
        CatalogOperations.adjustments(admin, product, orderId).size(),
        "one restock of order " + orderId);
    assertArrayEquals(new int[] {6, 0}, Journey.inventory(admin, product));
  }

  private static void replay(String admin, String id) {
    given()
        .baseUri(Journey.CATALOG)
        .header("Authorization", admin)
        .post("/api/admin/dead-letters/" + id + "/replay")
        .then()
        .statusCode(200)
        .body("queue", equalTo("catalog-service"));
  }
}
