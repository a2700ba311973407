package io.vitrina.order.it;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vitrina.contracts.EventContracts;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * What order-service does with other services' events, published on the real broker as
 * support-service and user-service publish them: an approved return is refunded and restocked once
 * however often it arrives, and an order comes back in parts until nothing is left; a deleted
 * account loses its cart and its orders' addresses.
 */
@MicroShedTest
class ConsumedEventsIT {

  private static final Duration EVENTUALLY = Duration.ofSeconds(60);

  private static String deliveredOrder(String admin, Orders.Shopper shopper) {
    String orderId =
        Orders.checkout(shopper.token(), Orders.key(), Orders.checkoutBody(Orders.APPROVED))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    for (String status : new String[] {"FULFILLING", "SHIPPED", "DELIVERED"}) {
      Orders.move(admin, orderId, status).then().statusCode(200);
    }
    return orderId;
  }

  private static String ticketId() {
    return "ticket-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String returnOf(
      String ticketId, String orderId, String customerId, String productId) {
    return Json.createObjectBuilder()
        .add("ticketId", ticketId)
        .add("orderId", orderId)
        .add("customerId", customerId)
        .add(
            "lines",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("productId", productId).add("quantity", 1)))
        .add("approvedAt", Instant.now().toString())
        .build()
        .toString();
  }

  private static void publishReturn(Broker broker, String eventId, String orderId, String data)
      throws Exception {
    broker.publish(
        Broker.SUPPORT, "/vitrina/support-service", eventId, "return.approved", orderId, data);
  }

  private static void awaitOnHand(String admin, String product, int units) {
    await()
        .atMost(EVENTUALLY)
        .untilAsserted(
            () -> assertEquals(units, Catalog.inventory(admin, product).getInt("onHand")));
  }

  /** The next event of the type about the order. */
  private static TextMessage next(JMSConsumer consumer, String orderId, String type)
      throws JMSException {
    long deadline = System.currentTimeMillis() + EVENTUALLY.toMillis();
    while (System.currentTimeMillis() < deadline) {
      Message message = consumer.receive(Math.max(1, deadline - System.currentTimeMillis()));
      if (message instanceof TextMessage text
          && orderId.equals(text.getStringProperty("ce_subject"))
          && type.equals(text.getStringProperty("ce_type"))) {
        return text;
      }
    }
    throw new AssertionError("no " + type + " for " + orderId);
  }

  @Test
  void shouldRefundAndRestockEachApprovedReturnOnceUntilNothingIsLeft() throws Exception {
    String admin = Tokens.admin();
    Orders.Shopper shopper = Orders.shopper(admin, "10.00", 5, 2);
    String orderId = deliveredOrder(admin, shopper);
    String customerId = Orders.get(shopper.token(), orderId).path("customerId");
    awaitOnHand(admin, shopper.product(), 3);

    String firstTicket = ticketId();
    String first = returnOf(firstTicket, orderId, customerId, shopper.product());
    String firstId = UUID.randomUUID().toString();
    Broker listener = new Broker();
    JMSConsumer orderEvents = listener.subscribe(Broker.ORDERS);
    try (Broker broker = new Broker()) {
      publishReturn(broker, firstId, orderId, first);
      publishReturn(broker, firstId, orderId, first);
    }
    // One unit of two: 10.00 plus half the tax (21% of 20.00 + 4.95 = 5.24; half: 2.62).
    await()
        .atMost(EVENTUALLY)
        .untilAsserted(
            () ->
                Orders.get(shopper.token(), orderId)
                    .then()
                    .body("status", equalTo("REFUNDED"))
                    .body("total", equalTo(30.19f))
                    .body("payments", hasSize(2))
                    .body("payments[1].kind", equalTo("REFUND"))
                    .body("payments[1].amount", equalTo(12.62f)));
    awaitOnHand(admin, shopper.product(), 4);
    // order.refunded keeps its contract and names the return ticket the refund pays back.
    try (listener) {
      TextMessage refunded = next(orderEvents, orderId, "order.refunded");
      EventContracts.check("order.refunded", refunded.getText());
      assertEquals(
          firstTicket,
          Json.createReader(new StringReader(refunded.getText()))
              .readObject()
              .getString("ticketId"));
    }

    // A second return brings back the last unit: what is left of the total, shipping included.
    // A third asks for a unit that came back already: whichever of the two comes first is
    // refunded, the other ignored.
    try (Broker broker = new Broker()) {
      publishReturn(
          broker,
          UUID.randomUUID().toString(),
          orderId,
          returnOf(ticketId(), orderId, customerId, shopper.product()));
      publishReturn(
          broker,
          UUID.randomUUID().toString(),
          orderId,
          returnOf(ticketId(), orderId, customerId, shopper.product()));
    }
    await()
        .atMost(EVENTUALLY)
        .untilAsserted(
            () ->
                Orders.get(shopper.token(), orderId)
                    .then()
                    .body("status", equalTo("REFUNDED"))
                    .body("payments", hasSize(3))
                    .body("payments[2].kind", equalTo("REFUND"))
                    .body("payments[2].status", equalTo("SUCCEEDED"))
                    .body("payments[2].amount", equalTo(17.57f)));
    awaitOnHand(admin, shopper.product(), 5);
    Orders.get(shopper.token(), orderId).then().body("payments", hasSize(3));
  }

  @Test
  void shouldForgetTheCartAndAddressesOfADeletedAccount() throws Exception {
    String admin = Tokens.admin();
    Orders.Shopper shopper = Orders.shopper(admin, "3.00", 5, 1);
    String orderId =
        Orders.checkout(shopper.token(), Orders.key(), Orders.checkoutBody(null))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String customerId = Orders.get(shopper.token(), orderId).path("customerId");
    Cart.put(shopper.token(), shopper.product(), 2).then().statusCode(200);

    try (Broker broker = new Broker()) {
      broker.publish(
          Broker.USERS,
          "/vitrina/user-service",
          UUID.randomUUID().toString(),
          "user.deleted",
          customerId,
          Json.createObjectBuilder()
              .add("userId", customerId)
              .add("deletedAt", Instant.now().toString())
              .build()
              .toString());
    }

    await()
        .atMost(EVENTUALLY)
        .untilAsserted(
            () ->
                Orders.get(admin, orderId)
                    .then()
                    .statusCode(200)
                    .body("shippingAddress.fullName", nullValue())
                    .body("shippingAddress.line1", nullValue())
                    .body("shippingAddress.country", equalTo("ES"))
                    .body("total", equalTo(9.62f)));
    Cart.get(shopper.token()).then().statusCode(200).body("lines", hasSize(0));
  }
}
