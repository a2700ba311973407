package io.vitrina.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The broker stops abruptly (as a crash would: its clients are not told) and starts again on the
 * same port and journal, while every service keeps running. What the broker had accepted before it
 * stopped is delivered afterwards, with its effect once; and the services, without a restart,
 * reconnect and carry a whole new journey. While the broker is away, checkout answers 503 and
 * writes nothing, checked with CheckoutFaultsIT's assertion (which proves it through the proxy in
 * front of the broker).
 */
class BrokerRestartIT {
  private static final Duration RECONNECT = Duration.ofMinutes(3);

  @AfterEach
  void restore() {
    Switchboard.startBroker();
    Switchboard.start("catalog-service");
    Switchboard.awaitAllReady();
  }

  @Test
  void shouldDeliverOnceAfterTheRestartTheEventsTheBrokerHeldWhenItStopped() {
    String admin = Journey.adminToken();
    String product = Journey.stockedProduct(admin, 10);
    // To be refunded: paid now, its stock sold before catalog-service goes away.
    String refunded = Journey.newCustomer();
    String refundedOrder = Journey.paidOrder(refunded, product, 3);
    // To be paid while catalog-service is away: its stock held now.
    String payer = Journey.newCustomer();
    Journey.addToCart(payer, product, 2);
    Response placed = Journey.checkout(payer, Journey.unique(), null);
    placed.then().statusCode(201);
    String paidOrder = placed.path("id");
    Journey.awaitInventory(admin, product, 7, 2);

    // catalog-service is the consumer of order.*: with it gone, its durable subscription keeps
    // order.paid, order.cancelled and order.refunded in the broker, undelivered.
    Switchboard.kill("catalog-service");
    Journey.pay(payer, paidOrder, Journey.APPROVED_CARD).then().statusCode(200);
    cancel(refunded, refundedOrder).then().statusCode(200);
    await()
        .atMost(Journey.EVENTS)
        .until(() -> "REFUNDED".equals(Journey.order(refunded, refundedOrder).path("status")));

    Switchboard.stopBroker();
    Switchboard.startBroker();
    Switchboard.start("catalog-service");

    // order.paid sold the held 2; order.refunded put the 3 back on hand.
    await()
        .atMost(RECONNECT)
        .pollInterval(Duration.ofSeconds(2))
        .untilAsserted(
            () -> assertArrayEquals(new int[] {8, 0}, Journey.inventory(admin, product)));
    assertEquals("COMMITTED", reservation(admin, paidOrder).path("status"));
    assertEquals(
        1,
        restocksOf(admin, product, refundedOrder),
        "the refund restocked once: " + adjustments(admin, product).asString());
    // A later event of the same product is applied on top, and nothing earlier comes back.
    String later = Journey.newCustomer();
    Journey.paidOrder(later, product, 1);
    Journey.awaitInventory(admin, product, 7, 0);
    assertEquals(1, restocksOf(admin, product, refundedOrder));
  }

  @Test
  void shouldCarryANewJourneyAfterTheRestartWithoutRestartingAnyService() {
    String admin = Journey.adminToken();
    String product = Journey.stockedProduct(admin, 5);
    String early = Journey.newCustomer();
    Journey.addToCart(early, product, 1);

    Switchboard.stopBroker();
    // While it is away: refused, nothing written (as CheckoutFaultsIT shows through the proxy).
    CheckoutFaultsIT.assertRefusedLeavingAllAsItWas(admin, early, product, 5);
    Switchboard.startBroker();

    // Every service's resource adapter reconnects on its own: the inbound side (message-driven
    // beans) and the outbound pools alike. The first requests may still meet a connection of
    // before the restart; what matters is that it heals without an operator.
    Switchboard.awaitAllReady();
    Journey.Person customer =
        await()
            .atMost(RECONNECT)
            .pollInterval(Duration.ofSeconds(3))
            .until(BrokerRestartIT::registerOrNull, Objects::nonNull);
    Journey.addToCart(customer.bearer(), product, 2);
    String key = Journey.unique();
    Response placed =
        await()
            .atMost(RECONNECT)
            .pollInterval(Duration.ofSeconds(3))
            .until(
                () -> Journey.checkout(customer.bearer(), key, Journey.APPROVED_CARD),
                response -> response.statusCode() == 201);
    assertEquals("PAID", placed.path("status"));
    String orderId = placed.path("id");

    // catalog-service's listener is back on vitrina.orders: the stock is sold, then restocked.
    Journey.awaitInventory(admin, product, 3, 0);
    cancel(customer.bearer(), orderId).then().statusCode(200);
    Journey.awaitInventory(admin, product, 5, 0);
    assertEquals("REFUNDED", Journey.order(customer.bearer(), orderId).path("status"));
    assertEquals(1, Journey.orderCount(customer.bearer()));
  }

  /** A new customer; null while user-service cannot register one yet. */
  private static Journey.Person registerOrNull() {
    try {
      return Journey.register("after-restart");
    } catch (AssertionError | RuntimeException notYet) {
      return null;
    }
  }

  private static Response cancel(String customer, String orderId) {
    return given()
        .baseUri(Journey.ORDERS)
        .header("Authorization", customer)
        .contentType(ContentType.JSON)
        .body("{\"reason\":\"broker restart test\"}")
        .post("/api/orders/" + orderId + "/cancel");
  }

  private static Response reservation(String admin, String orderId) {
    Response reservation =
        given()
            .baseUri(Journey.CATALOG)
            .header("Authorization", admin)
            .get("/api/reservations/" + orderId);
    reservation.then().statusCode(200);
    return reservation;
  }

  private static Response adjustments(String admin, String product) {
    Response adjustments =
        given()
            .baseUri(Journey.CATALOG)
            .header("Authorization", admin)
            .get("/api/products/" + product + "/inventory/adjustments");
    adjustments.then().statusCode(200);
    return adjustments;
  }

  /** The audited restocks of the product for refunds of the order. */
  private static long restocksOf(String admin, String product, String orderId) {
    List<String> reasons = adjustments(admin, product).path("reason");
    return reasons.stream().filter(reason -> reason.endsWith(" of order " + orderId)).count();
  }
}
