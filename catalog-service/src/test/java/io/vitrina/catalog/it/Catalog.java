package io.vitrina.catalog.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;

/** Test fixture: makes categories, products and stock through the public API. */
final class Catalog {

  private Catalog() {}

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static String newSku() {
    return "IT-" + unique().toUpperCase();
  }

  /** A new top-level category; its id. */
  static String category(String admin) {
    return category(admin, null);
  }

  static String category(String admin, String parentId) {
    JsonObjectBuilder body =
        Json.createObjectBuilder().add("name", "Category " + unique()).add("slug", "c-" + unique());
    if (parentId != null) {
      body.add("parentId", parentId);
    }
    return given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(body.build().toString())
        .post("/api/categories")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** A product body with every required field. */
  static JsonObjectBuilder productBody(String sku, String categoryId, String status) {
    return Json.createObjectBuilder()
        .add("sku", sku)
        .add("name", "Product " + sku)
        .add("description", "Made for the tests")
        .add("price", 19.99)
        .add("currency", "EUR")
        .add("categoryId", categoryId)
        .add("attributes", Json.createObjectBuilder().add("colour", "red"))
        .add("status", status);
  }

  /** A new product in a new category; its id. */
  static String product(String admin, String status) {
    return product(admin, category(admin), status);
  }

  static String product(String admin, String categoryId, String status) {
    return given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(productBody(newSku(), categoryId, status).build().toString())
        .post("/api/products")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** A new ACTIVE product with {@code stock} on hand; its id. */
  static String stockedProduct(String admin, int stock) {
    String id = product(admin, "ACTIVE");
    adjust(admin, id, stock).then().statusCode(201);
    return id;
  }

  static io.restassured.response.Response adjust(String admin, String productId, int delta) {
    return given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(
            Json.createObjectBuilder()
                .add("delta", delta)
                .add("reason", "IT stock")
                .build()
                .toString())
        .post("/api/products/" + productId + "/inventory/adjustments");
  }

  static io.restassured.response.Response inventory(String admin, String productId) {
    return given().header("Authorization", admin).get("/api/products/" + productId + "/inventory");
  }

  static String reservation(String orderId, String productId, int quantity) {
    return Json.createObjectBuilder()
        .add("orderId", orderId)
        .add(
            "lines",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("productId", productId)
                        .add("quantity", quantity)))
        .build()
        .toString();
  }
}
