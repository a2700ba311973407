package io.vitrina.catalog.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.http.ContentType;
import jakarta.jms.JMSConsumer;
import jakarta.jms.Message;
import jakarta.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * catalog-service reacts to order-service's events, published here on vitrina.orders exactly as
 * order-service's publisher sends them, and answers through its REST API.
 */
@MicroShedTest
class OrderEventsIT {

  /** The broker redelivers a failing message 5 times, 1 s apart and doubling, before the DLQ. */
  private static final Duration DEAD_LETTER_WAIT = Duration.ofSeconds(90);

  private static final Duration WAIT = Duration.ofSeconds(30);

  private Broker broker;

  @BeforeEach
  void connect() {
    broker = new Broker();
  }

  @AfterEach
  void close() {
    broker.close();
  }

  @Test
  void shouldCommitTheReservationOfAPaidOrder() throws Exception {
    String admin = Tokens.admin();
    String product = Catalog.stockedProduct(admin, 5);
    String orderId = UUID.randomUUID().toString();
    reserve(admin, orderId, product, 2);

    broker.publishOrderEvent(UUID.randomUUID().toString(), "order.paid", orderId, paid(orderId));

    awaitReservation(admin, orderId, "COMMITTED");
    Catalog.inventory(admin, product)
        .then()
        .body("onHand", equalTo(3))
        .body("reserved", equalTo(0));
  }

  @Test
  void shouldReleaseTheReservationOfACancelledOrder() throws Exception {
    String admin = Tokens.admin();
    String product = Catalog.stockedProduct(admin, 5);
    String orderId = UUID.randomUUID().toString();
    reserve(admin, orderId, product, 4);

    broker.publishOrderEvent(
        UUID.randomUUID().toString(),
        "order.cancelled",
        orderId,
        Json.createObjectBuilder()
            .add("orderId", orderId)
            .add("customerId", UUID.randomUUID().toString())
            .add("reason", "changed my mind")
            .add("cancelledAt", "2026-03-01T10:00:00Z")
            .build()
            .toString());

    awaitReservation(admin, orderId, "RELEASED");
    Catalog.inventory(admin, product)
        .then()
        .body("onHand", equalTo(5))
        .body("available", equalTo(5));
  }

  @Test
  void shouldRestockARefundOnceWhenItArrivesAgainInTheSameOrANewEvent() throws Exception {
    String admin = Tokens.admin();
    String product = Catalog.stockedProduct(admin, 5);
    String orderId = UUID.randomUUID().toString();
    reserve(admin, orderId, product, 2);
    broker.publishOrderEvent(UUID.randomUUID().toString(), "order.paid", orderId, paid(orderId));
    awaitReservation(admin, orderId, "COMMITTED");
    Catalog.inventory(admin, product).then().body("onHand", equalTo(3));
    double duplicatesBefore = consumed("order.refunded", "duplicate");

    String refundId = UUID.randomUUID().toString();
    String eventId = UUID.randomUUID().toString();
    String refund =
        Json.createObjectBuilder()
            .add("orderId", orderId)
            .add("customerId", UUID.randomUUID().toString())
            .add("refundId", refundId)
            .add("amount", 39.98)
            .add("currency", "EUR")
            .add("restock", true)
            .add(
                "lines",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("productId", product).add("quantity", 2)))
            .add("refundedAt", "2026-03-01T10:00:00Z")
            .build()
            .toString();
    broker.publishOrderEvent(eventId, "order.refunded", orderId, refund);
    broker.publishOrderEvent(eventId, "order.refunded", orderId, refund);
    // Republished by its producer: a new event id, the same refund.
    broker.publishOrderEvent(UUID.randomUUID().toString(), "order.refunded", orderId, refund);

    // All three deliveries are over once one restocked and two were counted as duplicates.
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              Catalog.inventory(admin, product).then().body("onHand", equalTo(5));
              assertEquals(duplicatesBefore + 2, consumed("order.refunded", "duplicate"));
            });
    Catalog.inventory(admin, product).then().body("onHand", equalTo(5));
    List<String> restocks =
        given()
            .header("Authorization", admin)
            .get("/api/products/" + product + "/inventory/adjustments")
            .then()
            .statusCode(200)
            .extract()
            .path("findAll { it.actor == 'order-service' }.reason");
    assertEquals(List.of("refund " + refundId + " of order " + orderId), restocks);
  }

  @Test
  void shouldMoveAMalformedEventToTheDeadLetterAddress() throws Exception {
    String eventId = UUID.randomUUID().toString();
    String orderId = UUID.randomUUID().toString();

    broker.publishMalformedOrderEvent(eventId, "order.paid", orderId, "{\"orderId\": not json");

    AtomicReference<Message> dead = new AtomicReference<>();
    try (JMSConsumer deadLetters =
        broker.context.createConsumer(
            broker.context.createQueue(Broker.DEAD_LETTERS), "ce_id = '" + eventId + "'")) {
      await()
          .atMost(DEAD_LETTER_WAIT)
          .until(
              () -> {
                dead.set(deadLetters.receive(1_000));
                return dead.get() != null;
              });
    }
    assertNotNull(dead.get());
    assertEquals("order.paid", dead.get().getStringProperty("ce_type"));
    assertEquals("{\"orderId\": not json", ((jakarta.jms.TextMessage) dead.get()).getText());
    given()
        .queryParam("scope", "application")
        .get("/metrics")
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString("outcome=\"failed\""));
  }

  private static String paid(String orderId) {
    return Json.createObjectBuilder()
        .add("orderId", orderId)
        .add("customerId", UUID.randomUUID().toString())
        .add("paymentId", UUID.randomUUID().toString())
        .add("amount", 39.98)
        .add("currency", "EUR")
        .add("paidAt", "2026-03-01T10:00:00Z")
        .build()
        .toString();
  }

  private static void reserve(String admin, String orderId, String productId, int quantity) {
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(Catalog.reservation(orderId, productId, quantity))
        .post("/api/reservations")
        .then()
        .statusCode(201)
        .body("status", equalTo("HELD"));
  }

  private static void awaitReservation(String admin, String orderId, String status) {
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                given()
                    .header("Authorization", admin)
                    .get("/api/reservations/" + orderId)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo(status)));
  }

  /** The events.consumed counter for a type and outcome; 0 before its first count. */
  private static double consumed(String type, String outcome) {
    String metrics =
        given().queryParam("scope", "application").get("/metrics").then().extract().asString();
    Matcher matcher =
        Pattern.compile("(?m)^events_consumed_total\\{([^}]*)\\}\\s+(\\S+)$").matcher(metrics);
    while (matcher.find()) {
      String tags = matcher.group(1);
      if (tags.contains("type=\"" + type + "\"") && tags.contains("outcome=\"" + outcome + "\"")) {
        return Double.parseDouble(matcher.group(2));
      }
    }
    return 0;
  }
}
