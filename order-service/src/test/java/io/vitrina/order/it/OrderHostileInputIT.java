package io.vitrina.order.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import jakarta.json.Json;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** What the order API does with input no honest client sends. */
@MicroShedTest
class OrderHostileInputIT {

  @Test
  void shouldRefuseMalformedAndHugeBodies() {
    String customer = Tokens.customer();
    Orders.checkout(customer, Orders.key(), "{\"shippingAddress\": [")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    Orders.checkout(customer, Orders.key(), "[1,2,3]").then().statusCode(400);
    Orders.checkout(customer, Orders.key(), "{\"shippingAddress\":\"" + "x".repeat(70_000) + "\"}")
        .then()
        .statusCode(413);
  }

  @Test
  void shouldRefuseInvalidAddresses() {
    String customer = Tokens.customer();
    String body =
        Json.createObjectBuilder()
            .add(
                "shippingAddress",
                Orders.address().add("country", "XX").add("fullName", "Evil\u202Ename"))
            .build()
            .toString();
    Orders.checkout(customer, Orders.key(), body)
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("shippingAddress.fullName"));
  }

  @Test
  void shouldRefuseBadCardsBeforeAnyProviderSeesThem() {
    String customer = Tokens.customer();
    String orderId = UUID.randomUUID().toString();
    for (var card :
        new jakarta.json.JsonObjectBuilder[] {
          Orders.card("4242424242424241"),
          Orders.card("4242424242424242").add("expiryYear", 2020),
          Orders.card("4242424242424242").add("expiryMonth", 13),
          Orders.card("4242424242424242").add("cvc", "12"),
          Orders.card("42424242").add("cvc", "abcd"),
        }) {
      given()
          .header("Authorization", customer)
          .header("Idempotency-Key", Orders.key())
          .contentType(ContentType.JSON)
          .body(Json.createObjectBuilder().add("card", card).build().toString())
          .post("/api/orders/" + orderId + "/payment")
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
    Orders.checkout(
            customer,
            Orders.key(),
            Json.createObjectBuilder()
                .add(
                    "payment",
                    Json.createObjectBuilder().add("card", Orders.card("4242424242424241")))
                .build()
                .toString())
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("payment.card.number"));
  }

  @Test
  void shouldRefuseUnknownStatusesAndBadFilters() {
    String admin = Tokens.admin();
    given()
        .header("Authorization", admin)
        .queryParam("status", "LOST")
        .get("/api/orders")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("status"));
    given()
        .header("Authorization", admin)
        .queryParam("placedFrom", "yesterday")
        .get("/api/orders")
        .then()
        .statusCode(400);
    given()
        .header("Authorization", admin)
        .queryParam("size", 101)
        .get("/api/orders")
        .then()
        .statusCode(400);
    Orders.move(admin, UUID.randomUUID().toString(), "LOST").then().statusCode(400);
    Orders.move(admin, UUID.randomUUID().toString(), "SHIPPED").then().statusCode(404);
  }

  @Test
  void shouldRequireACustomerToCheckOutAndAToken() {
    given()
        .contentType(ContentType.JSON)
        .header("Idempotency-Key", Orders.key())
        .body("{}")
        .post("/api/orders")
        .then()
        .statusCode(401);
    given().get("/api/orders").then().statusCode(401);
  }
}
