package io.vitrina.order.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Wrong, hostile and oversized input to the cart: each a 4xx problem, and the cart unchanged. */
@MicroShedTest
class HostileInputIT {

  @Test
  void shouldRejectZeroNegativeAndTooLargeQuantities() {
    String product = Catalog.activeProduct(Tokens.admin(), "1.00");
    String customer = Tokens.customer();
    for (String quantity : new String[] {"0", "-1", "101", "2147483647"}) {
      Cart.put(customer, product, quantity)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("violations.field", hasItem("quantity"));
    }
    Cart.get(customer).then().body("lines", hasSize(0));
  }

  @Test
  void shouldRejectQuantitiesThatAreNotIntegersOrMissing() {
    String product = Catalog.activeProduct(Tokens.admin(), "1.00");
    String customer = Tokens.customer();
    for (String quantity :
        new String[] {"99999999999999999999", "1.5", "\"two\"", "null", "[1]", "{}"}) {
      Cart.put(customer, product, quantity)
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
    given()
        .header("Authorization", customer)
        .contentType(ContentType.JSON)
        .body("{}")
        .put("/api/cart/items/" + product)
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("quantity"));
    given()
        .header("Authorization", customer)
        .contentType(ContentType.JSON)
        .body("{\"quantity\":")
        .put("/api/cart/items/" + product)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    Cart.get(customer).then().body("lines", hasSize(0));
  }

  @Test
  void shouldRejectUnknownAndUnsellableProductsWith422() {
    String admin = Tokens.admin();
    String customer = Tokens.customer();
    String draft = Catalog.product(admin, "5.00", "EUR", "DRAFT");
    for (String product : new String[] {"00000000-0000-0000-0000-000000000000", draft}) {
      Cart.put(customer, product, 1)
          .then()
          .statusCode(422)
          .contentType("application/problem+json")
          .body("status", equalTo(422));
    }
    Cart.get(customer).then().body("lines", hasSize(0));
  }

  @Test
  void shouldRejectIdsThatAreNotProductIds() {
    String customer = Tokens.customer();
    for (String id :
        new String[] {
          "not-a-uuid", "00000000-0000-0000-0000-00000000000Z", "1%27%20OR%20%271%27%3D%271"
        }) {
      int status = Cart.put(customer, id, 1).then().extract().statusCode();
      org.junit.jupiter.api.Assertions.assertTrue(
          status == 400 || status == 404, id + " answered " + status);
      int removed = Cart.remove(customer, id).then().extract().statusCode();
      org.junit.jupiter.api.Assertions.assertTrue(
          removed == 400 || removed == 404, id + " answered " + removed);
    }
    Cart.put(customer, "ABCDEF00-0000-0000-0000-000000000000", 1)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void shouldRefuseTheFiftyFirstLine() {
    String admin = Tokens.admin();
    String customer = Tokens.customer();
    String category = Catalog.category(admin);
    for (int i = 0; i < 50; i++) {
      Cart.put(customer, Catalog.product(admin, "1.00", "EUR", "ACTIVE", category), 1)
          .then()
          .statusCode(200);
    }
    String oneTooMany = Catalog.product(admin, "1.00", "EUR", "ACTIVE", category);
    Cart.put(customer, oneTooMany, 1)
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
    Cart.get(customer)
        .then()
        .statusCode(200)
        .body("lines", hasSize(50))
        .body("subtotal", equalTo(50.0f));
  }

  @Test
  void shouldRefuseProductInAnotherCurrencyThanTheCart() {
    String admin = Tokens.admin();
    String customer = Tokens.customer();
    Cart.put(customer, Catalog.activeProduct(admin, "1.00"), 1).then().statusCode(200);
    Cart.put(customer, Catalog.product(admin, "1.00", "USD", "ACTIVE"), 1)
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
  }
}
