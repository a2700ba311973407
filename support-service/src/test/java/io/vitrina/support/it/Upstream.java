package io.vitrina.support.it;

import io.vitrina.contracts.EventContracts;
import jakarta.jms.JMSProducer;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Publishes user-service's and order-service's events on the real broker, as those services do:
 * JSON bodies checked against the shared contracts, CloudEvents attributes as properties. The tests
 * feed support-service's read model with them; order-service itself is not running.
 */
final class Upstream implements AutoCloseable {

  static final String USERS = "vitrina.users";
  static final String ORDERS = "vitrina.orders";

  private final Broker broker = new Broker();

  /** An order of the customer with one line of {@code quantity} units, placed and paid. */
  void placedAndPaid(
      String orderId, String customerId, String productId, int quantity, Instant at) {
    placedAndPaid(orderId, customerId, Map.of(productId, quantity), at);
  }

  /** An order of the customer with a line per product (units as given), placed and paid. */
  void placedAndPaid(String orderId, String customerId, Map<String, Integer> units, Instant at) {
    JsonArrayBuilder lines = Json.createArrayBuilder();
    int count = 0;
    for (Map.Entry<String, Integer> unit : new TreeMap<>(units).entrySet()) {
      lines.add(
          Json.createObjectBuilder()
              .add("productId", unit.getKey())
              .add("sku", "SKU-" + unit.getKey().substring(0, 8))
              .add("quantity", unit.getValue())
              .add("unitPrice", 12.5)
              .add("currency", "EUR"));
      count += unit.getValue();
    }
    send(
        ORDERS,
        "order.placed",
        orderId,
        at,
        Json.createObjectBuilder()
            .add("orderId", orderId)
            .add("customerId", customerId)
            .add("lines", lines)
            .add("total", 12.5 * count)
            .add("currency", "EUR")
            .add("placedAt", at.toString()));
    Instant paid = at.plusSeconds(60);
    send(
        ORDERS,
        "order.paid",
        orderId,
        paid,
        Json.createObjectBuilder()
            .add("orderId", orderId)
            .add("customerId", customerId)
            .add("paymentId", UUID.randomUUID().toString())
            .add("amount", 12.5 * count)
            .add("currency", "EUR")
            .add("paidAt", paid.toString()));
  }

  void statusChanged(String orderId, String customerId, String from, String to, Instant at) {
    send(
        ORDERS,
        "order.status-changed",
        orderId,
        at,
        Json.createObjectBuilder()
            .add("orderId", orderId)
            .add("customerId", customerId)
            .add("from", from)
            .add("to", to)
            .add("changedAt", at.toString()));
  }

  /** An order placed, paid, shipped and delivered at {@code deliveredAt}. */
  void delivered(
      String orderId, String customerId, String productId, int quantity, Instant deliveredAt) {
    delivered(orderId, customerId, Map.of(productId, quantity), deliveredAt);
  }

  /** An order of several products placed, paid, shipped and delivered at {@code deliveredAt}. */
  void delivered(
      String orderId, String customerId, Map<String, Integer> units, Instant deliveredAt) {
    placedAndPaid(orderId, customerId, units, deliveredAt.minusSeconds(3 * 86_400));
    statusChanged(orderId, customerId, "PAID", "SHIPPED", deliveredAt.minusSeconds(86_400));
    statusChanged(orderId, customerId, "SHIPPED", "DELIVERED", deliveredAt);
  }

  void refunded(String orderId, String customerId, String productId, int quantity) {
    Instant now = now();
    send(
        ORDERS,
        "order.refunded",
        orderId,
        now,
        Json.createObjectBuilder()
            .add("orderId", orderId)
            .add("customerId", customerId)
            .add("refundId", UUID.randomUUID().toString())
            .add("amount", 12.5 * quantity)
            .add("currency", "EUR")
            .add("restock", true)
            .add(
                "lines",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("productId", productId)
                            .add("quantity", quantity)))
            .add("refundedAt", now.toString()));
  }

  void userDeleted(String userId) {
    Instant now = now();
    send(
        USERS,
        "user.deleted",
        userId,
        now,
        Json.createObjectBuilder().add("userId", userId).add("deletedAt", now.toString()));
  }

  /** Sends one event; the same id twice is what a redelivering broker would do. */
  String send(String topic, String type, String subject, Instant time, JsonObjectBuilder data) {
    return send(topic, type, subject, time, data.build(), UUID.randomUUID().toString());
  }

  String send(
      String topic, String type, String subject, Instant time, JsonObject data, String eventId) {
    String body = data.toString();
    EventContracts.check(type, body);
    TextMessage message = broker.context.createTextMessage(body);
    try {
      message.setStringProperty("ce_id", eventId);
      message.setStringProperty("ce_type", type);
      message.setStringProperty("ce_source", "/vitrina/tests");
      message.setStringProperty("ce_time", time.toString());
      message.setStringProperty("ce_subject", subject);
      message.setStringProperty("ce_specversion", "1.0");
      message.setStringProperty("ce_datacontenttype", "application/json");
    } catch (jakarta.jms.JMSException e) {
      throw new IllegalStateException(e);
    }
    JMSProducer producer = broker.context.createProducer();
    producer.send(broker.context.createTopic(topic), message);
    return eventId;
  }

  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }

  @Override
  public void close() {
    broker.close();
  }
}
