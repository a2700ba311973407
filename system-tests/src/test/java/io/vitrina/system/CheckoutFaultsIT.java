package io.vitrina.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Checkout while a dependency of order-service is gone: the build put fault proxies between
 * order-service and the broker, and between order-service and catalog-service. Whatever the moment,
 * nothing is half-written: no order without its stock, no stock held for no order, the cart kept.
 */
class CheckoutFaultsIT {
  private static final String FAULTS = System.getProperty("vitrina.faults.url");

  @AfterEach
  void restore() {
    fault("catalog", "up");
    fault("broker", "up");
    awaitReady();
  }

  @Test
  void shouldRefuseCheckoutAndKeepEverythingWhenTheCatalogIsDown() {
    String admin = Journey.adminToken();
    String product = Journey.stockedProduct(admin, 5);
    String customer = Journey.newCustomer();
    Journey.addToCart(customer, product, 2);

    fault("catalog", "down");
    assertRefusedLeavingAllAsItWas(admin, customer, product, 5);

    fault("catalog", "up");
    awaitReady();
    Response placed =
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofSeconds(2))
            .until(
                () -> Journey.checkout(customer, Journey.unique(), Journey.APPROVED_CARD),
                response -> response.statusCode() == 201);

    assertEquals("PAID", placed.path("status"));
    assertEquals(1, Journey.orderCount(customer));
    Journey.awaitInventory(admin, product, 3, 0);
  }

  @Test
  void shouldRefuseCheckoutAndKeepEverythingWhenTheBrokerIsDown() {
    String admin = Journey.adminToken();
    String product = Journey.stockedProduct(admin, 5);
    String customer = Journey.newCustomer();
    Journey.addToCart(customer, product, 1);

    fault("broker", "down");
    // order.placed cannot be sent: no order.
    assertRefusedLeavingAllAsItWas(admin, customer, product, 5);

    fault("broker", "up");
    awaitReady();
    Response placed =
        await()
            .atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofSeconds(3))
            .until(
                () -> Journey.checkout(customer, Journey.unique(), Journey.APPROVED_CARD),
                response -> response.statusCode() == 201);

    assertEquals("PAID", placed.path("status"));
    // order.paid crossed the broker: catalog committed the reservation, exactly once.
    Journey.awaitInventory(admin, product, 4, 0);
  }

  /**
   * A checkout of the customer's one-line cart while something it needs is away: 503 with a
   * problem, no order placed, the cart kept, none of the product's {@code onHand} units held.
   */
  static void assertRefusedLeavingAllAsItWas(
      String admin, String customer, String product, int onHand) {
    Response refused = Journey.checkout(customer, Journey.unique(), Journey.APPROVED_CARD);

    assertEquals(503, refused.statusCode(), refused.asString());
    assertTrue(refused.getHeader("Content-Type").startsWith("application/problem+json"));
    assertEquals(0, Journey.orderCount(customer), "no order was placed");
    assertEquals(1, Journey.cartLines(customer), "the cart is kept");
    assertArrayEquals(new int[] {onHand, 0}, Journey.inventory(admin, product), "no stock is held");
  }

  private static void awaitReady() {
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> given().baseUri(Journey.ORDERS).get("/health/ready").statusCode() == 200);
  }

  private static void fault(String proxy, String state) {
    given().baseUri(FAULTS).post("/" + proxy + "/" + state).then().statusCode(204);
  }
}
