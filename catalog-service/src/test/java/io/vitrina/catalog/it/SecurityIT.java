package io.vitrina.catalog.it;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Writes and stock need catalog-admin or admin: customers get 403, strangers 401. */
@MicroShedTest
class SecurityIT {

  private static final String SOME_ID = "00000000-0000-0000-0000-000000000000";

  @Test
  void shouldForbidCustomersOnAdminEndpoints() {
    String customer = Tokens.customer();
    String product = Catalog.product(Tokens.admin(), "ACTIVE");
    given()
        .header("Authorization", customer)
        .contentType(ContentType.JSON)
        .body("{\"name\":\"Mine\",\"slug\":\"mine\"}")
        .post("/api/categories")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .header("Authorization", customer)
        .contentType(ContentType.JSON)
        .body(Catalog.productBody(Catalog.newSku(), SOME_ID, "ACTIVE").build().toString())
        .post("/api/products")
        .then()
        .statusCode(403);
    given()
        .header("Authorization", customer)
        .post("/api/products/" + product + "/discontinue")
        .then()
        .statusCode(403);
    Catalog.adjust(customer, product, 100).then().statusCode(403);
    Catalog.inventory(customer, product).then().statusCode(403);
    given()
        .header("Authorization", customer)
        .contentType(ContentType.JSON)
        .body(Catalog.reservation("order-" + Catalog.unique(), product, 1))
        .post("/api/reservations")
        .then()
        .statusCode(403);
    given()
        .get("/api/products/" + product)
        .then()
        .statusCode(200)
        .body("status", org.hamcrest.Matchers.equalTo("ACTIVE"));
  }

  @Test
  void shouldRequireTokenOnAdminEndpoints() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"name\":\"Anon\",\"slug\":\"anon\"}")
        .post("/api/categories")
        .then()
        .statusCode(401);
    given().get("/api/products/" + SOME_ID + "/inventory").then().statusCode(401);
    given()
        .contentType(ContentType.JSON)
        .body(Catalog.reservation("order-anon", SOME_ID, 1))
        .post("/api/reservations")
        .then()
        .statusCode(401);
    given().post("/api/reservations/order-anon/commit").then().statusCode(401);
  }

  @Test
  void shouldStillTellCallerHowItSeesTheirToken() {
    given()
        .header("Authorization", Tokens.customer())
        .get("/api/caller")
        .then()
        .statusCode(200)
        .body("groups", org.hamcrest.Matchers.hasItem("customer"));
  }
}
