package io.vitrina.catalog.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * A service token (client credentials at the real user-service, as order-service obtains it) opens
 * the reservation endpoints and nothing else that writes; customers may not reserve.
 */
@MicroShedTest
class ServiceTokenIT {

  @Test
  void shouldLetServiceReserveCommitAndRelease() {
    String admin = Tokens.admin();
    String service = serviceToken();
    String product = Catalog.stockedProduct(admin, 5);
    String sold = "order-" + Catalog.unique();
    String cancelled = "order-" + Catalog.unique();

    reserve(service, sold, product, 2).then().statusCode(201).body("status", equalTo("HELD"));
    given()
        .header("Authorization", service)
        .get("/api/reservations/" + sold)
        .then()
        .statusCode(200)
        .body("orderId", equalTo(sold));
    given()
        .header("Authorization", service)
        .post("/api/reservations/" + sold + "/commit")
        .then()
        .statusCode(200)
        .body("status", equalTo("COMMITTED"));
    reserve(service, cancelled, product, 1).then().statusCode(201);
    given()
        .header("Authorization", service)
        .post("/api/reservations/" + cancelled + "/release")
        .then()
        .statusCode(200)
        .body("status", equalTo("RELEASED"));

    Catalog.inventory(admin, product)
        .then()
        .body("onHand", equalTo(3))
        .body("reserved", equalTo(0));
  }

  @Test
  void shouldRefuseServiceTokenOnProductAndStockWrites() {
    String admin = Tokens.admin();
    String service = serviceToken();
    String category = Catalog.category(admin);

    given()
        .header("Authorization", service)
        .contentType(ContentType.JSON)
        .body(Catalog.productBody(Catalog.newSku(), category, "ACTIVE").build().toString())
        .post("/api/products")
        .then()
        .statusCode(403);
    String product = Catalog.product(admin, category, "ACTIVE");
    Catalog.adjust(service, product, 100).then().statusCode(403);
    Catalog.inventory(admin, product).then().body("onHand", equalTo(0));
  }

  @Test
  void shouldRefuseCustomerOnReservations() {
    String admin = Tokens.admin();
    String product = Catalog.stockedProduct(admin, 5);
    String orderId = "order-" + Catalog.unique();

    reserve(Tokens.customer(), orderId, product, 1).then().statusCode(403);
    Catalog.inventory(admin, product).then().body("reserved", equalTo(0));
  }

  private static io.restassured.response.Response reserve(
      String bearer, String orderId, String product, int quantity) {
    return given()
        .header("Authorization", bearer)
        .contentType(ContentType.JSON)
        .body(Catalog.reservation(orderId, product, quantity))
        .post("/api/reservations");
  }

  /**
   * The bearer header of a service token for order-service, whose secret the build generated into
   * the clients directory user-service reads.
   */
  private static String serviceToken() {
    String token =
        given()
            .baseUri(System.getProperty("vitrina.users.url"))
            .auth()
            .preemptive()
            .basic("order-service", System.getProperty("vitrina.service-client.secret"))
            .contentType("application/x-www-form-urlencoded")
            .formParam("grant_type", "client_credentials")
            .post("/api/auth/token")
            .then()
            .statusCode(200)
            .body("token_type", equalTo("Bearer"))
            .extract()
            .path("access_token");
    return "Bearer " + token;
  }
}
