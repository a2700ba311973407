package io.vitrina.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.restassured.http.ContentType;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

/**
 * How order-service holds stock: it exchanges its client secret for a service token at user-service
 * (client credentials) and reserves with it at catalog-service, which knows nothing of the client
 * but user-service's JWKS.
 */
class ServiceTokenAcrossServicesIT {

  @Test
  void shouldReserveStockInCatalogServiceWithServiceTokenFromUserService() {
    String admin = Journey.adminToken();
    String product = Journey.stockedProduct(admin, 4);
    String orderId = "order-" + Journey.unique();

    String service =
        "Bearer "
            + given()
                .baseUri(Journey.USERS)
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
        .baseUri(Journey.CATALOG)
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
        .baseUri(Journey.CATALOG)
        .header("Authorization", service)
        .post("/api/reservations/" + orderId + "/commit")
        .then()
        .statusCode(200)
        .body("status", equalTo("COMMITTED"));
    assertArrayEquals(new int[] {1, 0}, Journey.inventory(admin, product));
  }
}
