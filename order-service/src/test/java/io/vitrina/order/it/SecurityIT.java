package io.vitrina.order.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Only a customer with a valid token reaches a cart, and only their own. */
@MicroShedTest
class SecurityIT {

  @Test
  void shouldRequireToken() {
    given().get("/api/cart").then().statusCode(401);
    given()
        .contentType("application/json")
        .body("{\"quantity\":1}")
        .put("/api/cart/items/00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(401);
    given().delete("/api/cart").then().statusCode(401);
  }

  @Test
  void shouldRejectTamperedToken() {
    String token = Tokens.customer();
    String tampered = token.substring(0, token.length() - 4) + "AAAA";
    given().header("Authorization", tampered).get("/api/cart").then().statusCode(401);
  }

  @Test
  void shouldServeHealthAndOpenApi() {
    given().get("/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    given().get("/openapi").then().statusCode(200);
  }
}
