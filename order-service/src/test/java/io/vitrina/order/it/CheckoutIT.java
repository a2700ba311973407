package io.vitrina.order.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Checkout across the three real services: order-service places the order, holds stock at the real
 * catalog-service with its own token from the real user-service, and the catalog sells, releases or
 * restocks as the order events arrive over JMS (hence the polling with Awaitility).
 */
@MicroShedTest
class CheckoutIT {

  private static final Duration EVENTUALLY = Duration.ofSeconds(60);

  private static void awaitStock(String admin, String product, int onHand, int reserved) {
    await()
        .atMost(EVENTUALLY)
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () -> {
              var stock = Catalog.inventory(admin, product);
              assertEquals(onHand, stock.getInt("onHand"), "on hand");
              assertEquals(reserved, stock.getInt("reserved"), "reserved");
            });
  }

  @Test
  void shouldHoldStockAtCheckoutAndSellItOnceOnPayment() {
    String admin = Tokens.admin();
    Orders.Shopper shopper = Orders.shopper(admin, "12.50", 5, 2);

    Response placed = Orders.checkout(shopper.token(), Orders.key(), Orders.checkoutBody(null));
    placed
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/orders/"))
        .body("status", equalTo("PENDING_PAYMENT"))
        .body("currency", equalTo("EUR"))
        .body("lines", hasSize(1))
        .body("lines[0].productId", equalTo(shopper.product()))
        .body("lines[0].quantity", equalTo(2))
        .body("lines[0].unitPrice", equalTo(12.5f))
        .body("subtotal", equalTo(25.0f))
        .body("shipping", equalTo(4.95f))
        .body("total", equalTo(36.24f))
        .body("shippingAddress.city", equalTo("Madrid"))
        .body("paymentDueBy", notNullValue())
        .body("payments", hasSize(0));
    String orderId = placed.path("id");
    assertEquals(placed.header("Location"), placed.header("Location"));
    // Held, not sold; and the ordered line left the cart.
    awaitStock(admin, shopper.product(), 5, 2);
    Cart.get(shopper.token()).then().statusCode(200).body("lines", hasSize(0));

    Orders.pay(shopper.token(), orderId, Orders.key(), Orders.APPROVED)
        .then()
        .statusCode(200)
        .body("status", equalTo("PAID"))
        .body("paidAt", notNullValue())
        .body("payments", hasSize(1))
        .body("payments[0].status", equalTo("SUCCEEDED"))
        .body("payments[0].cardLast4", equalTo("4242"))
        .body("payments[0].amount", equalTo(36.24f));
    // order.paid commits the reservation: on hand drops by exactly the two units.
    awaitStock(admin, shopper.product(), 3, 0);

    Orders.pay(shopper.token(), orderId, Orders.key(), Orders.APPROVED).then().statusCode(409);
    given()
        .header("Authorization", shopper.token())
        .get("/api/orders/" + orderId + "/history")
        .then()
        .statusCode(200)
        .body("to", equalTo(List.of("PENDING_PAYMENT", "PAID")));
  }

  @Test
  void shouldAnswerTheSameKeyAgainWithTheSameOrderAndChargeOnce() {
    String admin = Tokens.admin();
    Orders.Shopper shopper = Orders.shopper(admin, "8.00", 10, 1);
    String key = Orders.key();
    String body = Orders.checkoutBody(Orders.APPROVED);

    Response first = Orders.checkout(shopper.token(), key, body);
    first.then().statusCode(201).body("status", equalTo("PAID"));
    // The retry finds an empty cart; it must not matter: nothing is redone.
    Response second = Orders.checkout(shopper.token(), key, body);
    second.then().statusCode(201).header("Idempotent-Replayed", "true");
    assertEquals(first.asString(), second.asString());
    assertEquals(first.header("Location"), second.header("Location"));

    given()
        .header("Authorization", shopper.token())
        .get("/api/orders")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].payments", hasSize(1));
    awaitStock(admin, shopper.product(), 9, 0);

    // The same key with another request is refused.
    Orders.checkout(shopper.token(), key, Orders.checkoutBody(null))
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
  }

  @Test
  void shouldFailTheOrderAndReleaseItsStockWhenTheCardIsDeclined() {
    String admin = Tokens.admin();
    Orders.Shopper shopper = Orders.shopper(admin, "5.00", 4, 3);
    String orderId =
        Orders.checkout(shopper.token(), Orders.key(), Orders.checkoutBody(null))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    awaitStock(admin, shopper.product(), 4, 3);

    Orders.pay(shopper.token(), orderId, Orders.key(), Orders.DECLINED)
        .then()
        .statusCode(402)
        .contentType("application/problem+json")
        .body("detail", containsString("card_declined"));
    Orders.get(shopper.token(), orderId)
        .then()
        .statusCode(200)
        .body("status", equalTo("PAYMENT_FAILED"))
        .body("payments[0].status", equalTo("DECLINED"))
        .body("payments[0].failureCode", equalTo("card_declined"));
    awaitStock(admin, shopper.product(), 4, 0);
  }

  @Test
  void shouldReleaseTheStockOfAnUnpaidOrderThatIsCancelled() {
    String admin = Tokens.admin();
    Orders.Shopper shopper = Orders.shopper(admin, "3.00", 6, 2);
    String orderId =
        Orders.checkout(shopper.token(), Orders.key(), Orders.checkoutBody(null))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    awaitStock(admin, shopper.product(), 6, 2);

    Orders.cancel(shopper.token(), orderId)
        .then()
        .statusCode(200)
        .body("status", equalTo("CANCELLED"));
    awaitStock(admin, shopper.product(), 6, 0);
    Orders.cancel(shopper.token(), orderId).then().statusCode(409);
    Orders.pay(shopper.token(), orderId, Orders.key(), Orders.APPROVED).then().statusCode(409);
  }

  @Test
  void shouldRefundAndRestockAPaidOrderThatIsCancelled() {
    String admin = Tokens.admin();
    Orders.Shopper shopper = Orders.shopper(admin, "20.00", 5, 2);
    String orderId =
        Orders.checkout(shopper.token(), Orders.key(), Orders.checkoutBody(Orders.APPROVED))
            .then()
            .statusCode(201)
            .body("status", equalTo("PAID"))
            .extract()
            .path("id");
    awaitStock(admin, shopper.product(), 3, 0);

    Orders.cancel(shopper.token(), orderId)
        .then()
        .statusCode(200)
        .body("status", equalTo("REFUNDED"))
        .body("payments", hasSize(2))
        .body("payments[1].kind", equalTo("REFUND"))
        .body("payments[1].status", equalTo("SUCCEEDED"))
        .body("payments[1].amount", equalTo(54.39f));
    // order.refunded with restock: the two units are back on hand.
    awaitStock(admin, shopper.product(), 5, 0);
  }

  @Test
  void shouldCancelTheOrderAndNameTheProductWhenStockIsShort() {
    String admin = Tokens.admin();
    Orders.Shopper shopper = Orders.shopper(admin, "2.00", 1, 2);

    Orders.checkout(shopper.token(), Orders.key(), Orders.checkoutBody(null))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("productIds", hasItem(shopper.product()));
    given()
        .header("Authorization", shopper.token())
        .get("/api/orders")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].status", equalTo("CANCELLED"));
    awaitStock(admin, shopper.product(), 1, 0);
    // The cart is kept for the customer to change.
    Cart.get(shopper.token()).then().body("lines", hasSize(1));
  }

  @Test
  void shouldIgnorePricesTheClientSends() {
    String admin = Tokens.admin();
    Orders.Shopper shopper = Orders.shopper(admin, "30.00", 3, 1);
    String tampered =
        "{\"shippingAddress\":"
            + Orders.address().build()
            + ",\"total\":0.01,\"subtotal\":0.01,\"lines\":[{\"productId\":\""
            + shopper.product()
            + "\",\"quantity\":1,\"unitPrice\":0.01}]}";

    Orders.checkout(shopper.token(), Orders.key(), tampered)
        .then()
        .statusCode(201)
        .body("lines[0].unitPrice", equalTo(30.0f))
        .body("subtotal", equalTo(30.0f))
        .body("total", equalTo(42.29f));
  }

  @Test
  void shouldRefuseAnEmptyCartAndACheckoutWithoutAnyAddress() {
    String customer = Tokens.customer();
    Orders.checkout(customer, Orders.key(), "{}").then().statusCode(422);

    String admin = Tokens.admin();
    Orders.Shopper shopper = Orders.shopper(admin, "1.00", 2, 1);
    // No address in the request, none in the new customer's profile.
    Orders.checkout(shopper.token(), Orders.key(), "")
        .then()
        .statusCode(422)
        .body("detail", containsString("shipping address"));
  }

  @Test
  void shouldShipToTheProfilesDefaultAddressWhenTheRequestNamesNone() {
    String admin = Tokens.admin();
    Orders.Shopper shopper = Orders.shopper(admin, "1.00", 2, 1);
    given()
        .baseUri(System.getProperty("vitrina.users.url"))
        .header("Authorization", shopper.token())
        .contentType(ContentType.JSON)
        .body(
            "{\"displayName\":\"Ada\",\"fullName\":\"Ada King\",\"addresses\":[{\"line1\":\"Rue"
                + " 1\",\"city\":\"Lyon\",\"postalCode\":\"69001\",\"country\":\"FR\"}]}")
        .put("/api/me")
        .then()
        .statusCode(200);

    Orders.checkout(shopper.token(), Orders.key(), "")
        .then()
        .statusCode(201)
        .body("shippingAddress.fullName", equalTo("Ada King"))
        .body("shippingAddress.city", equalTo("Lyon"))
        .body("shippingAddress.country", equalTo("FR"));
  }

  @Test
  void shouldShowAnOrderOnlyToItsCustomerAndToStaff() {
    String admin = Tokens.admin();
    Orders.Shopper shopper = Orders.shopper(admin, "4.00", 2, 1);
    String orderId =
        Orders.checkout(shopper.token(), Orders.key(), Orders.checkoutBody(null))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String stranger = Tokens.customer();

    Orders.get(stranger, orderId).then().statusCode(404);
    given()
        .header("Authorization", stranger)
        .get("/api/orders/" + orderId + "/history")
        .then()
        .statusCode(404);
    Orders.cancel(stranger, orderId).then().statusCode(404);
    Orders.pay(stranger, orderId, Orders.key(), Orders.APPROVED).then().statusCode(404);
    Orders.get(stranger, UUID.randomUUID().toString()).then().statusCode(404);
    Orders.get(stranger, "not-an-order").then().statusCode(404);
    given()
        .header("Authorization", stranger)
        .get("/api/orders")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));

    Orders.get(admin, orderId).then().statusCode(200).body("id", equalTo(orderId));
    String customerId = Orders.get(shopper.token(), orderId).path("customerId");
    given()
        .header("Authorization", admin)
        .queryParam("customerId", customerId)
        .queryParam("status", "PENDING_PAYMENT")
        .get("/api/orders")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].id", equalTo(orderId));
  }

  @Test
  void shouldLetStaffMoveAPaidOrderAlongFulfilment() {
    String admin = Tokens.admin();
    Orders.Shopper shopper = Orders.shopper(admin, "6.00", 2, 1);
    String orderId =
        Orders.checkout(shopper.token(), Orders.key(), Orders.checkoutBody(Orders.APPROVED))
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    Orders.move(shopper.token(), orderId, "FULFILLING").then().statusCode(403);
    Orders.move(admin, orderId, "SHIPPED").then().statusCode(409);
    Orders.move(admin, orderId, "PAID").then().statusCode(409);
    Orders.move(admin, orderId, "FULFILLING")
        .then()
        .statusCode(200)
        .body("status", equalTo("FULFILLING"));
    Orders.move(admin, orderId, "SHIPPED").then().statusCode(200);
    // Shipped: no longer cancelled by anyone.
    Orders.cancel(shopper.token(), orderId).then().statusCode(409);
    Orders.move(admin, orderId, "DELIVERED")
        .then()
        .statusCode(200)
        .body("status", equalTo("DELIVERED"));
    given()
        .header("Authorization", shopper.token())
        .get("/api/orders/" + orderId + "/history")
        .then()
        .statusCode(200)
        .body(
            "to", equalTo(List.of("PENDING_PAYMENT", "PAID", "FULFILLING", "SHIPPED", "DELIVERED")))
        .body("[2].actor", notNullValue());
  }

  @Test
  void shouldAnswer202AndSettleLaterWhenTheProviderDoesNotAnswer() {
    String admin = Tokens.admin();
    Orders.Shopper shopper = Orders.shopper(admin, "7.00", 2, 1);
    String orderId =
        Orders.checkout(shopper.token(), Orders.key(), Orders.checkoutBody(null))
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    Orders.pay(shopper.token(), orderId, Orders.key(), Orders.NO_ANSWER)
        .then()
        .statusCode(202)
        .body("status", equalTo("PENDING_PAYMENT"))
        .body("payments[0].status", equalTo("UNKNOWN"));
    // A second payment waits for the first to settle.
    Orders.pay(shopper.token(), orderId, Orders.key(), Orders.APPROVED).then().statusCode(409);
    // The provider never received it: reconciliation settles it as not received, and the order
    // can still be paid.
    await()
        .atMost(EVENTUALLY)
        .pollInterval(Duration.ofSeconds(1))
        .untilAsserted(
            () ->
                Orders.get(shopper.token(), orderId)
                    .then()
                    .body("payments[0].status", equalTo("DECLINED"))
                    .body("payments[0].failureCode", equalTo("not_received")));
    Orders.pay(shopper.token(), orderId, Orders.key(), Orders.APPROVED)
        .then()
        .statusCode(200)
        .body("status", equalTo("PAID"));
  }

  @Test
  void shouldPageOrdersNewestFirst() {
    String admin = Tokens.admin();
    String product = Catalog.stockedProduct(admin, "1.50", 10);
    String customer = Tokens.customer();
    String[] ids = new String[3];
    for (int i = 0; i < 3; i++) {
      Cart.put(customer, product, 1).then().statusCode(200);
      ids[i] =
          Orders.checkout(customer, Orders.key(), Orders.checkoutBody(null))
              .then()
              .statusCode(201)
              .extract()
              .path("id");
    }
    given()
        .header("Authorization", customer)
        .queryParam("size", 2)
        .get("/api/orders")
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("size", equalTo(2))
        .body("items.id", equalTo(List.of(ids[2], ids[1])));
    given()
        .header("Authorization", customer)
        .queryParam("size", 2)
        .queryParam("page", 1)
        .get("/api/orders")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(ids[0])));
    given()
        .header("Authorization", customer)
        .queryParam("placedFrom", "2000-01-01T00:00:00Z")
        .queryParam("placedTo", "2000-01-02T00:00:00Z")
        .get("/api/orders")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
  }

  @Test
  void shouldRequireAValidIdempotencyKey() {
    String admin = Tokens.admin();
    Orders.Shopper shopper = Orders.shopper(admin, "2.00", 2, 1);
    Orders.checkout(shopper.token(), null, Orders.checkoutBody(null))
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("Idempotency-Key"));
    Orders.checkout(shopper.token(), "x".repeat(256), Orders.checkoutBody(null))
        .then()
        .statusCode(400);
    // Nothing was placed: the cart is as it was.
    Cart.get(shopper.token()).then().body("lines", hasSize(1));
    Orders.checkout(shopper.token(), Orders.key(), Orders.checkoutBody(null))
        .then()
        .statusCode(201)
        .header("Location", startsWith("http"));
  }
}
