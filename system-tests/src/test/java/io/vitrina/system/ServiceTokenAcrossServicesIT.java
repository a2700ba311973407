package io.vitrina.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import jakarta.json.Json;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * How order-service will hold stock: it exchanges its client secret for a service token at
 * user-service (client credentials) and reserves with it at catalog-service, which knows nothing of
 * the client but user-service's JWKS.
 */
class ServiceTokenAcrossServicesIT {

  private static final String USERS = System.getProperty("vitrina.users.url");
  private static final String CATALOG = System.getProperty("vitrina.catalog.url");

  @Test
  void shouldReserveStockInCatalogServiceWithServiceTokenFromUserService() {
    String admin = "Bearer " + adminToken();
    String product = stockedProduct(admin, 4);
    String orderId = "order-" + unique();

    String service =
        "Bearer "
            + given()
                .baseUri(USERS)
                .auth()
                .preemptive()
                .basic("order-service", System.getProperty("vitrina.service-client.secret"))
                .contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials")
                .post("/api/auth/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");

    given()
        .baseUri(CATALOG)
        .header("Authorization", service)
        .contentType(ContentType.JSON)
        .body(
            Json.createObjectBuilder()
                .add("orderId", orderId)
                .add(
                    "lines",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("productId", product)
                                .add("quantity", 3)))
                .build()
                .toString())
        .post("/api/reservations")
        .then()
        .statusCode(201)
        .body("status", equalTo("HELD"));
    given()
        .baseUri(CATALOG)
        .header("Authorization", service)
        .post("/api/reservations/" + orderId + "/commit")
        .then()
        .statusCode(200)
        .body("status", equalTo("COMMITTED"));
    given()
        .baseUri(CATALOG)
        .header("Authorization", admin)
        .get("/api/products/" + product + "/inventory")
        .then()
        .statusCode(200)
        .body("onHand", equalTo(1))
        .body("reserved", equalTo(0));
  }

  private static String adminToken() {
    return given()
        .baseUri(USERS)
        .contentType(ContentType.JSON)
        .body(
            Json.createObjectBuilder()
                .add("email", System.getProperty("vitrina.admin.email"))
                .add("password", System.getProperty("vitrina.admin.password"))
                .build()
                .toString())
        .post("/api/auth/login")
        .then()
        .statusCode(200)
        .extract()
        .path("accessToken");
  }

  /** A new ACTIVE product in a new category, with {@code stock} on hand; its id. */
  private static String stockedProduct(String admin, int stock) {
    String category =
        given()
            .baseUri(CATALOG)
            .header("Authorization", admin)
            .contentType(ContentType.JSON)
            .body(
                Json.createObjectBuilder()
                    .add("name", "E2E " + unique())
                    .add("slug", "e2e-" + unique())
                    .build()
                    .toString())
            .post("/api/categories")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String sku = "E2E-" + unique().toUpperCase();
    String product =
        given()
            .baseUri(CATALOG)
            .header("Authorization", admin)
            .contentType(ContentType.JSON)
            .body(
                Json.createObjectBuilder()
                    .add("sku", sku)
                    .add("name", "Product " + sku)
                    .add("description", "Reserved end to end")
                    .add("price", 9.99)
                    .add("currency", "EUR")
                    .add("categoryId", category)
                    .add("status", "ACTIVE")
                    .build()
                    .toString())
            .post("/api/products")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .baseUri(CATALOG)
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(
            Json.createObjectBuilder()
                .add("delta", stock)
                .add("reason", "E2E stock")
                .build()
                .toString())
        .post("/api/products/" + product + "/inventory/adjustments")
        .then()
        .statusCode(201);
    return product;
  }

  private static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
