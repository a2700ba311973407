package io.vitrina.order.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.vitrina.contracts.EventContracts;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * What an integrator subscribed to {@code vitrina.orders} receives for one order's life: every
 * event keeps its contract (contracts/), and every event continues the trace of the request that
 * caused it.
 */
@MicroShedTest
class OrderEventsContractIT {
  private static final long WAIT_MS = 30_000;

  private Broker broker;
  private JMSConsumer consumer;

  @BeforeEach
  void subscribe() {
    broker = new Broker();
    consumer = broker.subscribe(Broker.ORDERS);
  }

  @AfterEach
  void close() {
    broker.close();
  }

  @Test
  void shouldPublishEveryEventOfAPaidThenCancelledOrderByContractAndInTheCallersTrace()
      throws Exception {
    String admin = Tokens.admin();
    Orders.Shopper shopper = Orders.shopper(admin, "7.50", 5, 2);
    String trace = UUID.randomUUID().toString().replace("-", "");
    String orderId =
        given()
            .header("Authorization", shopper.token())
            .header("Idempotency-Key", Orders.key())
            .header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
            .contentType(ContentType.JSON)
            .body(Orders.checkoutBody(Orders.APPROVED))
            .post("/api/orders")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Orders.cancel(shopper.token(), orderId).then().statusCode(200);

    List<TextMessage> events = until(orderId, "order.refunded");

    List<String> types = new ArrayList<>();
    for (TextMessage event : events) {
      String type = event.getStringProperty("ce_type");
      types.add(type);
      EventContracts.check(type, event.getText());
    }
    assertTrue(
        types.containsAll(
            List.of("order.placed", "order.paid", "order.cancelled", "order.refunded")),
        types.toString());
    assertTrue(types.contains("order.status-changed"), types.toString());
    String checkoutTrace = events.get(0).getStringProperty("ce_traceparent");
    assertEquals("order.placed", types.get(0));
    assertTrue(
        checkoutTrace != null && checkoutTrace.startsWith("00-" + trace + "-"),
        "order.placed continues the checkout's trace: " + checkoutTrace);
  }

  /** Every event of the order up to the first of the type, that one included. */
  private List<TextMessage> until(String orderId, String type) throws JMSException {
    List<TextMessage> seen = new ArrayList<>();
    long deadline = System.currentTimeMillis() + WAIT_MS;
    while (System.currentTimeMillis() < deadline) {
      Message message = consumer.receive(Math.max(1, deadline - System.currentTimeMillis()));
      if (message instanceof TextMessage text
          && orderId.equals(text.getStringProperty("ce_subject"))) {
        seen.add(text);
        if (type.equals(text.getStringProperty("ce_type"))) {
          return seen;
        }
      }
    }
    throw new AssertionError(
        "no " + type + " for " + orderId + " within " + WAIT_MS + " ms: " + seen);
  }
}
