package io.vitrina.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A customer's order across the three services and the broker: the stock a checkout holds in
 * catalog-service, what order.paid, order.cancelled and order.refunded do to it, and the history
 * the customer reads back.
 */
class OrderJourneyIT {

  @Test
  void shouldHoldStockAtCheckoutAndTakeItOnceWhenPaid() {
    String admin = Journey.adminToken();
    String product = Journey.stockedProduct(admin, 10);
    String customer = Journey.newCustomer();
    Journey.addToCart(customer, product, 3);

    Response placed = Journey.checkout(customer, Journey.unique(), null);
    placed.then().statusCode(201);
    String orderId = placed.path("id");
    assertEquals("PENDING_PAYMENT", placed.path("status"));
    assertArrayEquals(new int[] {10, 3}, Journey.inventory(admin, product), "held, not taken");
    assertEquals(0, Journey.cartLines(customer), "the cart became the order");

    Journey.pay(customer, orderId, Journey.APPROVED_CARD).then().statusCode(200);
    Journey.awaitInventory(admin, product, 7, 0);
    // Paying again is refused; the stock does not move a second time.
    assertEquals(409, Journey.pay(customer, orderId, Journey.APPROVED_CARD).statusCode());
    assertArrayEquals(new int[] {7, 0}, Journey.inventory(admin, product));

    Response order = Journey.order(customer, orderId);
    order.then().statusCode(200);
    assertEquals("PAID", order.path("status"));
    Response history =
        given()
            .baseUri(Journey.ORDERS)
            .header("Authorization", customer)
            .get("/api/orders/" + orderId + "/history");
    history.then().statusCode(200);
    assertEquals("PENDING_PAYMENT", history.path("[0].to"));
    assertEquals("PAID", history.path("[-1].to"));
    Response tracked =
        given().baseUri(Journey.ORDERS).header("Authorization", customer).get("/api/orders");
    tracked.then().statusCode(200);
    assertEquals(List.of(orderId), tracked.path("items.id"));
    assertEquals(List.of("PAID"), tracked.path("items.status"));
    assertEquals(404, Journey.order(Journey.newCustomer(), orderId).statusCode());
  }

  @Test
  void shouldReleaseTheStockOfADeclinedPayment() {
    String admin = Journey.adminToken();
    String product = Journey.stockedProduct(admin, 4);
    String customer = Journey.newCustomer();
    Journey.addToCart(customer, product, 2);

    Response declined = Journey.checkout(customer, Journey.unique(), Journey.DECLINED_CARD);

    assertEquals(402, declined.statusCode(), declined.asString());
    Journey.awaitInventory(admin, product, 4, 0);
  }

  @Test
  void shouldRefundAndRestockAPaidOrderTheCustomerCancels() {
    String admin = Journey.adminToken();
    String product = Journey.stockedProduct(admin, 6);
    String customer = Journey.newCustomer();
    Journey.addToCart(customer, product, 2);
    Response placed = Journey.checkout(customer, Journey.unique(), Journey.APPROVED_CARD);
    placed.then().statusCode(201);
    String orderId = placed.path("id");
    Journey.awaitInventory(admin, product, 4, 0);

    given()
        .baseUri(Journey.ORDERS)
        .header("Authorization", customer)
        .contentType(ContentType.JSON)
        .body("{\"reason\":\"changed my mind\"}")
        .post("/api/orders/" + orderId + "/cancel")
        .then()
        .statusCode(200);

    Journey.awaitInventory(admin, product, 6, 0);
    // order.refunded, as the customer sees it: the refund beside the charge, and the history.
    Response refunded = Journey.order(customer, orderId);
    assertEquals("REFUNDED", refunded.path("status"));
    List<String> kinds = refunded.path("payments.kind");
    assertEquals(
        List.of("CHARGE", "REFUND"), kinds.stream().sorted().toList(), refunded.asString());
    assertEquals(
        0,
        new BigDecimal(refunded.<Object>path("total").toString())
            .compareTo(
                new BigDecimal(
                    refunded
                        .<Object>path("payments.find { it.kind == 'REFUND' }.amount")
                        .toString())),
        "the whole order is refunded: " + refunded.asString());
    Response history =
        given()
            .baseUri(Journey.ORDERS)
            .header("Authorization", customer)
            .get("/api/orders/" + orderId + "/history");
    history.then().statusCode(200);
    assertEquals("REFUNDED", history.path("[-1].to"));
  }

  @Test
  void shouldPlaceOneOrderForARetriedCheckout() {
    String admin = Journey.adminToken();
    String product = Journey.stockedProduct(admin, 5);
    String customer = Journey.newCustomer();
    Journey.addToCart(customer, product, 1);
    String key = Journey.unique();

    Response first = Journey.checkout(customer, key, Journey.APPROVED_CARD);
    Response again = Journey.checkout(customer, key, Journey.APPROVED_CARD);

    assertEquals(201, first.statusCode(), first.asString());
    assertEquals(first.statusCode(), again.statusCode());
    assertEquals((String) first.path("id"), again.path("id"));
    assertEquals(1, Journey.orderCount(customer));
    Journey.awaitInventory(admin, product, 4, 0);
  }
}
