package io.vitrina.catalog.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.vitrina.contracts.EventContracts;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Reads catalog-service's events off the broker with a plain JMS client, as an external integrator
 * would: JSON bodies with CloudEvents attributes as message properties.
 */
@MicroShedTest
class ProductEventsIT {

  private static final long WAIT_MS = 15_000;

  private Broker broker;
  private JMSConsumer consumer;

  @BeforeEach
  void subscribe() {
    broker = new Broker();
    consumer = broker.context.createConsumer(broker.context.createTopic(Broker.CATALOG));
  }

  @AfterEach
  void close() {
    broker.close();
  }

  @Test
  void shouldCarryTheTraceOfTheRequestThatCausedTheEvent() throws Exception {
    String admin = Tokens.admin();
    String categoryId = Catalog.category(admin);
    String trace = UUID.randomUUID().toString().replace("-", "");
    String id =
        given()
            .header("Authorization", admin)
            .header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
            .contentType(ContentType.JSON)
            .body(Catalog.productBody(Catalog.newSku(), categoryId, "DRAFT").build().toString())
            .post("/api/products")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    String traceparent = next("product.created", id).getStringProperty("ce_traceparent");
    assertTrue(
        traceparent != null && traceparent.matches("00-" + trace + "-[0-9a-f]{16}-01"),
        "the event continues the caller's trace: " + traceparent);
    assertTrue(!traceparent.contains("00f067aa0ba902b7"), "a span of the service is the parent");
  }

  @Test
  void shouldPublishCreatedUpdatedAndDiscontinuedWithCloudEventsAttributes() throws Exception {
    String admin = Tokens.admin();
    String categoryId = Catalog.category(admin);
    String sku = Catalog.newSku();
    String id =
        given()
            .header("Authorization", admin)
            .contentType(ContentType.JSON)
            .body(Catalog.productBody(sku, categoryId, "DRAFT").build().toString())
            .post("/api/products")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    TextMessage created = next("product.created", id);
    assertEquals("1.0", created.getStringProperty("ce_specversion"));
    assertEquals("/vitrina/catalog-service", created.getStringProperty("ce_source"));
    assertEquals("application/json", created.getStringProperty("ce_datacontenttype"));
    assertEquals("product.created", created.getJMSType());
    UUID.fromString(created.getStringProperty("ce_id"));
    Instant.parse(created.getStringProperty("ce_time"));
    JsonObject data = json(created);
    assertEquals(id, data.getString("productId"));
    assertEquals(sku, data.getString("sku"));
    assertEquals(new BigDecimal("19.99"), data.getJsonNumber("price").bigDecimalValue());
    assertEquals("EUR", data.getString("currency"));
    assertEquals(categoryId, data.getString("categoryId"));
    assertEquals("DRAFT", data.getString("status"));
    assertEquals(1, data.getInt("version"));
    Instant.parse(data.getString("occurredAt"));

    int version =
        given()
            .header("Authorization", admin)
            .header("If-Match", "\"1\"")
            .contentType(ContentType.JSON)
            .body(
                Json.createObjectBuilder()
                    .add("name", "Renamed " + sku)
                    .add("price", 24.5)
                    .add("currency", "EUR")
                    .add("categoryId", categoryId)
                    .add("status", "ACTIVE")
                    .build()
                    .toString())
            .put("/api/products/" + id)
            .then()
            .statusCode(200)
            .extract()
            .path("version");
    JsonObject updated = json(next("product.updated", id));
    assertEquals("Renamed " + sku, updated.getString("name"));
    assertEquals("ACTIVE", updated.getString("status"));
    assertEquals(new BigDecimal("24.50"), updated.getJsonNumber("price").bigDecimalValue());
    assertEquals(version, updated.getInt("version"), "the event carries the committed version");

    given()
        .header("Authorization", admin)
        .post("/api/products/" + id + "/discontinue")
        .then()
        .statusCode(200);
    given()
        .header("Authorization", admin)
        .post("/api/products/" + id + "/discontinue")
        .then()
        .statusCode(200);
    assertEquals("DISCONTINUED", json(next("product.discontinued", id)).getString("status"));
    // A marker after the repeated discontinuation: whatever came before it is all there was.
    Catalog.product(admin, categoryId, "DRAFT");
    List<TextMessage> rest = until("product.created", null);
    assertTrue(
        rest.stream().noneMatch(m -> subjectIs(m, id)),
        "discontinuing again publishes nothing: " + rest.size());
  }

  @Test
  void shouldPublishEveryStockChangeAndLowStockOnceWhenItCrossesTheThreshold() throws Exception {
    String admin = Tokens.admin();
    String categoryId = Catalog.category(admin);
    String id =
        given()
            .header("Authorization", admin)
            .contentType(ContentType.JSON)
            .body(
                Catalog.productBody(Catalog.newSku(), categoryId, "ACTIVE")
                    .add("lowStockThreshold", 3)
                    .build()
                    .toString())
            .post("/api/products")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Catalog.adjust(admin, id, 10).then().statusCode(201);
    JsonObject adjusted = json(next("inventory.changed", id));
    assertEquals("adjustment", adjusted.getString("cause"));
    assertEquals(10, adjusted.getInt("onHand"));
    assertEquals(0, adjusted.getInt("reserved"));
    assertEquals(10, adjusted.getInt("available"));

    reserve(admin, "order-" + Catalog.unique(), id, 7); // 3 available: low
    reserve(admin, "order-" + Catalog.unique(), id, 1); // 2 available: still low
    String released = "order-" + Catalog.unique();
    reserve(admin, released, id, 1);
    given()
        .header("Authorization", admin)
        .post("/api/reservations/" + released + "/release")
        .then()
        .statusCode(200);

    List<TextMessage> events = until("inventory.changed", "release", id);
    List<JsonObject> lows = new ArrayList<>();
    List<String> causes = new ArrayList<>();
    for (TextMessage event : events) {
      if (!subjectIs(event, id)) {
        continue;
      }
      if ("inventory.low".equals(event.getStringProperty("ce_type"))) {
        lows.add(json(event));
      } else {
        causes.add(json(event).getString("cause"));
      }
    }
    assertEquals(List.of("reservation", "reservation", "reservation", "release"), causes);
    assertEquals(1, lows.size(), "low stock is announced once while it stays low");
    assertEquals(3, lows.get(0).getInt("available"));
    assertEquals(3, lows.get(0).getInt("lowStockThreshold"));
    assertEquals(10, lows.get(0).getInt("onHand"));
  }

  private static void reserve(String admin, String orderId, String productId, int quantity) {
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(Catalog.reservation(orderId, productId, quantity))
        .post("/api/reservations")
        .then()
        .statusCode(201);
  }

  private static boolean subjectIs(TextMessage message, String subject) {
    try {
      return subject.equals(message.getStringProperty("ce_subject"));
    } catch (JMSException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The next message of the type for the subject, skipping other tests' events. */
  private TextMessage next(String type, String subject) throws JMSException {
    long deadline = System.currentTimeMillis() + WAIT_MS;
    while (System.currentTimeMillis() < deadline) {
      Message message = consumer.receive(Math.max(1, deadline - System.currentTimeMillis()));
      if (message instanceof TextMessage text
          && type.equals(text.getStringProperty("ce_type"))
          && subject.equals(text.getStringProperty("ce_subject"))) {
        EventContracts.check(type, text.getText());
        return text;
      }
    }
    throw new AssertionError("no " + type + " event for " + subject + " within " + WAIT_MS + " ms");
  }

  /** Every message up to the first of the type (for the subject, when given), that one included. */
  private List<TextMessage> until(String type, String subject) throws JMSException {
    return until(type, null, subject);
  }

  private List<TextMessage> until(String type, String cause, String subject) throws JMSException {
    List<TextMessage> seen = new ArrayList<>();
    long deadline = System.currentTimeMillis() + WAIT_MS;
    while (System.currentTimeMillis() < deadline) {
      Message message = consumer.receive(Math.max(1, deadline - System.currentTimeMillis()));
      if (message instanceof TextMessage text) {
        EventContracts.check(text.getStringProperty("ce_type"), text.getText());
        seen.add(text);
        if (type.equals(text.getStringProperty("ce_type"))
            && (subject == null || subject.equals(text.getStringProperty("ce_subject")))
            && (cause == null || cause.equals(json(text).getString("cause")))) {
          return seen;
        }
      }
    }
    throw new AssertionError("no " + type + " event within " + WAIT_MS + " ms");
  }

  static JsonObject json(TextMessage message) throws JMSException {
    return Json.createReader(new StringReader(message.getText())).readObject();
  }
}
