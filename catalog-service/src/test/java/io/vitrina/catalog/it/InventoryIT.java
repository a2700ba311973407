package io.vitrina.catalog.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class InventoryIT {

  @Test
  void shouldAdjustStockAndAuditWhoDidIt() {
    String admin = Tokens.admin();
    String product = Catalog.product(admin, "ACTIVE");
    String location =
        Catalog.adjust(admin, product, 12)
            .then()
            .statusCode(201)
            .body("onHandAfter", equalTo(12))
            .body("actor", equalTo(System.getProperty("vitrina.admin.email")))
            .extract()
            .header("Location");
    org.hamcrest.MatcherAssert.assertThat(
        location, containsString("/api/products/" + product + "/inventory/adjustments/"));
    given()
        .header("Authorization", admin)
        .get(location)
        .then()
        .statusCode(200)
        .body("delta", equalTo(12))
        .body("reason", equalTo("IT stock"));
    Catalog.inventory(admin, product)
        .then()
        .statusCode(200)
        .body("onHand", equalTo(12))
        .body("reserved", equalTo(0))
        .body("available", equalTo(12))
        .body("lowStockThreshold", equalTo(5));
  }

  @Test
  void shouldRefuseTakingOnHandBelowReserved() {
    String admin = Tokens.admin();
    String product = Catalog.stockedProduct(admin, 4);
    given()
        .header("Authorization", admin)
        .contentType("application/json")
        .body(Catalog.reservation("order-" + Catalog.unique(), product, 3))
        .post("/api/reservations")
        .then()
        .statusCode(201);
    Catalog.adjust(admin, product, -2)
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    Catalog.inventory(admin, product).then().body("onHand", equalTo(4));
    Catalog.adjust(admin, product, -1).then().statusCode(201).body("onHandAfter", equalTo(3));
  }
}
