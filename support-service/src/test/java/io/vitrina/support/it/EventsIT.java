package io.vitrina.support.it;

import static io.vitrina.support.it.Tickets.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.contracts.EventContracts;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Reads support-service's events off the broker with a plain JMS client, as order-service or an
 * integrator would: JSON bodies with CloudEvents attributes as message properties.
 */
@MicroShedTest
class EventsIT {

  private static final long WAIT_MS = 15_000;

  private Broker broker;
  private JMSConsumer consumer;
  private final List<TextMessage> seen = new ArrayList<>();

  @BeforeEach
  void subscribe() {
    broker = new Broker();
    consumer = broker.context.createConsumer(broker.context.createTopic(Broker.SUPPORT));
  }

  @AfterEach
  void close() {
    broker.close();
  }

  @Test
  void shouldPublishOpenedAndUpdatedWithoutAnythingOfNotes() throws Exception {
    String customer = Tokens.customer();
    String customerId = Tokens.userId(customer);
    String agent = Tokens.agent();
    String secret = "secret" + UUID.randomUUID().toString().substring(0, 8);
    String id = Tickets.open(customer, Tickets.inquiry("Events").add("productId", "product-7"));

    TextMessage opened = next("ticket.opened", id);
    assertEquals("1.0", opened.getStringProperty("ce_specversion"));
    assertEquals("/vitrina/support-service", opened.getStringProperty("ce_source"));
    assertEquals("application/json", opened.getStringProperty("ce_datacontenttype"));
    UUID.fromString(opened.getStringProperty("ce_id"));
    JsonObject data = json(opened);
    assertEquals(id, data.getString("ticketId"));
    assertEquals(customerId, data.getString("customerId"));
    assertEquals("INQUIRY", data.getString("type"));
    assertEquals("NORMAL", data.getString("priority"));
    assertEquals("product-7", data.getString("productId"));
    assertFalse(data.containsKey("orderId"));
    Instant.parse(data.getString("openedAt"));

    Tickets.write(agent, id, secret, true).statusCode(201);
    Tickets.write(agent, id, "Public " + secret.toUpperCase(), false).statusCode(201);
    JsonObject messaged = json(next("ticket.updated", id));
    assertEquals(
        List.of("messages"),
        messaged.getJsonArray("changes").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());

    Tickets.patch(
            agent,
            id,
            Tickets.version(agent, id),
            "{\"status\":\"IN_PROGRESS\",\"assigneeId\":\"agent-7\"}")
        .statusCode(200);
    JsonObject updated = json(next("ticket.updated", id));
    assertEquals("IN_PROGRESS", updated.getString("status"));
    assertEquals("agent-7", updated.getString("assignee"));
    assertTrue(updated.getJsonArray("changes").toString().contains("status"));
    assertTrue(updated.getJsonArray("changes").toString().contains("assignee"));

    for (TextMessage message : seen) {
      assertFalse(message.getText().toLowerCase().contains(secret), message.getText());
    }
  }

  @Test
  void shouldPublishReturnApprovedOnceWhenAnAgentApproves() throws Exception {
    String customer = Tokens.customer();
    String customerId = Tokens.userId(customer);
    String agent = Tokens.agent();
    String orderId = UUID.randomUUID().toString();
    try (Upstream upstream = new Upstream()) {
      upstream.delivered(
          orderId,
          customerId,
          Map.of(
              "20000000-0000-4000-8000-000000000002", 1,
              "10000000-0000-4000-8000-000000000001", 2),
          Instant.now().minusSeconds(86_400));
    }
    String body =
        "{\"type\":\"RETURN\",\"subject\":\"Too small\",\"body\":\"Sending back\","
            + "\"orderId\":\""
            + orderId
            + "\",\"lines\":[{\"productId\":\"20000000-0000-4000-8000-000000000002\","
            + "\"quantity\":1},"
            + "{\"productId\":\"10000000-0000-4000-8000-000000000001\",\"quantity\":2}]}";
    // order-service is not running: the return is checked once the read model has the order.
    String id =
        Tickets.openOnceDelivered(customer, body).then().statusCode(201).extract().path("id");
    as(agent).post("/api/tickets/" + id + "/return/approve").then().statusCode(200);
    as(agent).post("/api/tickets/" + id + "/return/approve").then().statusCode(409);
    as(agent).post("/api/tickets/" + id + "/return/reject").then().statusCode(409);

    JsonObject approved = json(next("return.approved", id));
    assertEquals(id, approved.getString("ticketId"));
    assertEquals(orderId, approved.getString("orderId"));
    assertEquals(customerId, approved.getString("customerId"));
    assertEquals(2, approved.getJsonArray("lines").size());
    assertEquals(
        "10000000-0000-4000-8000-000000000001",
        approved.getJsonArray("lines").getJsonObject(0).getString("productId"));
    assertEquals(2, approved.getJsonArray("lines").getJsonObject(0).getInt("quantity"));
    Instant.parse(approved.getString("approvedAt"));
    as(customer)
        .get("/api/tickets/" + id)
        .then()
        .body("returnRequest.status", org.hamcrest.Matchers.equalTo("APPROVED"));
  }

  private TextMessage next(String type, String subject) throws JMSException {
    long deadline = System.currentTimeMillis() + WAIT_MS;
    while (System.currentTimeMillis() < deadline) {
      Message message = consumer.receive(Math.max(1, deadline - System.currentTimeMillis()));
      if (message instanceof TextMessage text) {
        seen.add(text);
        if (type.equals(text.getStringProperty("ce_type"))
            && subject.equals(text.getStringProperty("ce_subject"))) {
          EventContracts.check(type, text.getText());
          return text;
        }
      }
    }
    assertNotNull(null, "no " + type + " for " + subject);
    return null;
  }

  private static JsonObject json(TextMessage message) throws JMSException {
    try (var reader = Json.createReader(new StringReader(message.getText()))) {
      return reader.readObject();
    }
  }
}
