package io.vitrina.order.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The cart API, as a customer calls it. */
final class Cart {

  private Cart() {}

  static Response get(String token) {
    return given().header("Authorization", token).get("/api/cart");
  }

  static Response put(String token, String productId, Object quantity) {
    return given()
        .header("Authorization", token)
        .contentType(ContentType.JSON)
        .body("{\"quantity\":" + quantity + "}")
        .put("/api/cart/items/" + productId);
  }

  static Response remove(String token, String productId) {
    return given().header("Authorization", token).delete("/api/cart/items/" + productId);
  }

  static Response clear(String token) {
    return given().header("Authorization", token).delete("/api/cart");
  }
}
