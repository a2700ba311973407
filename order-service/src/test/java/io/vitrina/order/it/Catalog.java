package io.vitrina.order.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.util.UUID;

/** Test fixture: products in the real catalog-service the build started, made by its admin API. */
final class Catalog {

  static final String URL = System.getProperty("vitrina.catalog.url");

  private Catalog() {}

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  /** A new product in a new category; its id. */
  static String product(String admin, String price, String currency, String status) {
    return product(admin, price, currency, status, category(admin));
  }

  /** A new category; its id. */
  static String category(String admin) {
    return given()
        .baseUri(URL)
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(
            Json.createObjectBuilder()
                .add("name", "Orders IT " + unique())
                .add("slug", "orders-it-" + unique())
                .build()
                .toString())
        .post("/api/categories")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** A new product in the category; its id. */
  static String product(
      String admin, String price, String currency, String status, String category) {
    return given()
        .baseUri(URL)
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(
            Json.createObjectBuilder()
                .add("sku", "ORD-" + unique().toUpperCase())
                .add("name", "Orders IT product")
                .add("price", new BigDecimal(price))
                .add("currency", currency)
                .add("categoryId", category)
                .add("status", status)
                .build()
                .toString())
        .post("/api/products")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static String activeProduct(String admin, String price) {
    return product(admin, price, "EUR", "ACTIVE");
  }

  /** Takes a product off sale: from now on the catalog answers 404 to the public read. */
  static void discontinue(String admin, String productId) {
    given()
        .baseUri(URL)
        .header("Authorization", admin)
        .post("/api/products/" + productId + "/discontinue")
        .then()
        .statusCode(200);
  }

  /** Puts {@code units} more units of a product on hand. */
  static void stock(String admin, String productId, int units) {
    given()
        .baseUri(URL)
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(
            Json.createObjectBuilder()
                .add("delta", units)
                .add("reason", "orders IT stock")
                .build()
                .toString())
        .post("/api/products/" + productId + "/inventory/adjustments")
        .then()
        .statusCode(201);
  }

  /** A product's stock: {onHand, reserved, available}. */
  static io.restassured.path.json.JsonPath inventory(String admin, String productId) {
    return given()
        .baseUri(URL)
        .header("Authorization", admin)
        .get("/api/products/" + productId + "/inventory")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** An ACTIVE EUR product with {@code units} on hand. */
  static String stockedProduct(String admin, String price, int units) {
    String product = activeProduct(admin, price);
    stock(admin, product, units);
    return product;
  }
}
