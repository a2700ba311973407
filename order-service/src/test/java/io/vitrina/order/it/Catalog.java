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
    String category =
        given()
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
}
