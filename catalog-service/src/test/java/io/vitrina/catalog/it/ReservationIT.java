package io.vitrina.catalog.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class ReservationIT {

  @Test
  void shouldReserveAndAnswerRepeatWithSameReservation() {
    String admin = Tokens.admin();
    String product = Catalog.stockedProduct(admin, 5);
    String orderId = "order-" + Catalog.unique();
    String body = Catalog.reservation(orderId, product, 2);

    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/reservations")
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/reservations/" + orderId))
        .body("status", equalTo("HELD"))
        .body("lines[0].quantity", equalTo(2));
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/reservations")
        .then()
        .statusCode(200)
        .body("orderId", equalTo(orderId))
        .body("status", equalTo("HELD"));

    Catalog.inventory(admin, product)
        .then()
        .statusCode(200)
        .body("onHand", equalTo(5))
        .body("reserved", equalTo(2))
        .body("available", equalTo(3));
  }

  @Test
  void shouldRefuseOtherLinesForSameOrder() {
    String admin = Tokens.admin();
    String product = Catalog.stockedProduct(admin, 5);
    String orderId = "order-" + Catalog.unique();
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(Catalog.reservation(orderId, product, 1))
        .post("/api/reservations")
        .then()
        .statusCode(201);
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(Catalog.reservation(orderId, product, 3))
        .post("/api/reservations")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    Catalog.inventory(admin, product).then().body("reserved", equalTo(1));
  }

  @Test
  void shouldRefuseToOversellNamingTheProduct() {
    String admin = Tokens.admin();
    String product = Catalog.stockedProduct(admin, 3);
    String orderId = "order-" + Catalog.unique();
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(Catalog.reservation(orderId, product, 4))
        .post("/api/reservations")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("title", equalTo("Insufficient stock"))
        .body("detail", containsString(product));
    given()
        .header("Authorization", admin)
        .get("/api/reservations/" + orderId)
        .then()
        .statusCode(404);
    Catalog.inventory(admin, product).then().body("reserved", equalTo(0));
  }

  @Test
  void shouldCommitReservationIntoSale() {
    String admin = Tokens.admin();
    String product = Catalog.stockedProduct(admin, 5);
    String orderId = "order-" + Catalog.unique();
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(Catalog.reservation(orderId, product, 2))
        .post("/api/reservations")
        .then()
        .statusCode(201);

    given()
        .header("Authorization", admin)
        .post("/api/reservations/" + orderId + "/commit")
        .then()
        .statusCode(200)
        .body("status", equalTo("COMMITTED"));
    Catalog.inventory(admin, product)
        .then()
        .body("onHand", equalTo(3))
        .body("reserved", equalTo(0))
        .body("available", equalTo(3));
    given()
        .header("Authorization", admin)
        .post("/api/reservations/" + orderId + "/release")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void shouldReleaseReservationAndGiveStockBack() {
    String admin = Tokens.admin();
    String product = Catalog.stockedProduct(admin, 5);
    String orderId = "order-" + Catalog.unique();
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(Catalog.reservation(orderId, product, 5))
        .post("/api/reservations")
        .then()
        .statusCode(201);
    Catalog.inventory(admin, product).then().body("available", equalTo(0));

    given()
        .header("Authorization", admin)
        .post("/api/reservations/" + orderId + "/release")
        .then()
        .statusCode(200)
        .body("status", equalTo("RELEASED"));
    Catalog.inventory(admin, product)
        .then()
        .body("onHand", equalTo(5))
        .body("reserved", equalTo(0));
    given()
        .header("Authorization", admin)
        .post("/api/reservations/" + orderId + "/commit")
        .then()
        .statusCode(409);
  }

  @Test
  void shouldCountReservationsAndStockoutsInMetrics() {
    String admin = Tokens.admin();
    String product = Catalog.stockedProduct(admin, 1);
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(Catalog.reservation("order-" + Catalog.unique(), product, 1))
        .post("/api/reservations")
        .then()
        .statusCode(201);
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(Catalog.reservation("order-" + Catalog.unique(), product, 1))
        .post("/api/reservations")
        .then()
        .statusCode(409);
    given()
        .queryParam("scope", "application")
        .get("/metrics")
        .then()
        .statusCode(200)
        .body(containsString("reservations_total{"))
        .body(containsString("outcome=\"ok\""))
        .body(containsString("outcome=\"conflict\""))
        .body(containsString("stockouts_total{"));
  }

  @Test
  void shouldRefuseDraftProducts() {
    String admin = Tokens.admin();
    String draft = Catalog.product(admin, "DRAFT");
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(Catalog.reservation("order-" + Catalog.unique(), draft, 1))
        .post("/api/reservations")
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
  }
}
