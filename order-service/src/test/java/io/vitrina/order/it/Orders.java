package io.vitrina.order.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;

/** The order API, as its callers use it, and the bodies it takes. */
final class Orders {

  static final String APPROVED = "4242424242424242";
  static final String DECLINED = "4000000000000002";
  static final String NO_ANSWER = "4000000000000119";

  private Orders() {}

  static String key() {
    return "it-" + UUID.randomUUID();
  }

  static JsonObjectBuilder address() {
    return Json.createObjectBuilder()
        .add("fullName", "Ada Lovelace")
        .add("line1", "Calle Mayor 1")
        .add("city", "Madrid")
        .add("postalCode", "28013")
        .add("country", "ES");
  }

  static JsonObjectBuilder card(String number) {
    return Json.createObjectBuilder()
        .add("number", number)
        .add("expiryMonth", 12)
        .add("expiryYear", 2035)
        .add("cvc", "123");
  }

  /** A checkout body shipping to {@link #address()}, paying with {@code card} when not null. */
  static String checkoutBody(String card) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("shippingAddress", address());
    if (card != null) {
      body.add("payment", Json.createObjectBuilder().add("card", card(card)));
    }
    return body.build().toString();
  }

  static Response checkout(String token, String key, String body) {
    var request = given().header("Authorization", token).contentType(ContentType.JSON);
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return request.body(body).post("/api/orders");
  }

  static Response pay(String token, String orderId, String key, String cardNumber) {
    JsonObject body = Json.createObjectBuilder().add("card", card(cardNumber)).build();
    return given()
        .header("Authorization", token)
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(body.toString())
        .post("/api/orders/" + orderId + "/payment");
  }

  static Response get(String token, String orderId) {
    return given().header("Authorization", token).get("/api/orders/" + orderId);
  }

  static Response cancel(String token, String orderId) {
    return given()
        .header("Authorization", token)
        .contentType(ContentType.JSON)
        .body("{\"reason\":\"changed my mind\"}")
        .post("/api/orders/" + orderId + "/cancel");
  }

  static Response move(String token, String orderId, String status) {
    return given()
        .header("Authorization", token)
        .contentType(ContentType.JSON)
        .body(Json.createObjectBuilder().add("status", status).build().toString())
        .post("/api/orders/" + orderId + "/status");
  }

  /** A new customer with {@code quantity} of a new product (stocked {@code stock}) in the cart. */
  record Shopper(String token, String product) {}

  static Shopper shopper(String admin, String price, int stock, int quantity) {
    String product = Catalog.stockedProduct(admin, price, stock);
    String token = Tokens.customer();
    Cart.put(token, product, quantity).then().statusCode(200);
    return new Shopper(token, product);
  }
}
