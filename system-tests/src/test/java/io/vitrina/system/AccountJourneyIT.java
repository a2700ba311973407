package io.vitrina.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A customer's account from registration to erasure: the token user-service issues is honoured by
 * the other services, and erasing the account reaches order-service over the broker (user.deleted),
 * which keeps the orders for accounting but forgets where they were shipped.
 */
class AccountJourneyIT {
  private static final Duration EVENTS = Duration.ofSeconds(30);

  @Test
  void shouldRegisterLogInAndBeKnownByEveryService() {
    Journey.Person customer = Journey.register("account");

    Response me =
        given().baseUri(Journey.USERS).header("Authorization", customer.bearer()).get("/api/me");
    me.then().statusCode(200);
    assertEquals(customer.id(), me.path("id"));
    assertEquals(customer.email(), me.path("email"));
    assertEquals(List.of("customer"), me.path("roles"));
    // The same token opens the customer's own cart, orders and tickets elsewhere.
    assertEquals(0, Journey.cartLines(customer.bearer()));
    assertEquals(0, Journey.orderCount(customer.bearer()));
    given()
        .baseUri(Journey.SUPPORT)
        .header("Authorization", customer.bearer())
        .get("/api/tickets")
        .then()
        .statusCode(200);
    given()
        .baseUri(Journey.USERS)
        .contentType(ContentType.JSON)
        .body(
            Json.createObjectBuilder()
                .add("email", customer.email())
                .add("password", "Not-the-password-1")
                .build()
                .toString())
        .post("/api/auth/login")
        .then()
        .statusCode(401);
  }

  @Test
  void shouldAnonymiseTheOrdersOfAnErasedAccountAndKeepTheirAmounts() {
    String admin = Journey.adminToken();
    String product = Journey.stockedProduct(admin, 2);
    Journey.Person customer = Journey.register("erased");
    String orderId = Journey.paidOrder(customer.bearer(), product, 1);
    String ticketId = SupportJourneyIT.openTicket(customer.bearer(), "INQUIRY", orderId);
    String total = Journey.order(admin, orderId).path("total").toString();

    given()
        .baseUri(Journey.USERS)
        .header("Authorization", customer.bearer())
        .contentType(ContentType.JSON)
        .body(Json.createObjectBuilder().add("password", Journey.PASSWORD).build().toString())
        .post("/api/me/erasure")
        .then()
        .statusCode(204);

    given()
        .baseUri(Journey.USERS)
        .contentType(ContentType.JSON)
        .body(
            Json.createObjectBuilder()
                .add("email", customer.email())
                .add("password", Journey.PASSWORD)
                .build()
                .toString())
        .post("/api/auth/login")
        .then()
        .statusCode(401);
    await()
        .atMost(EVENTS)
        .untilAsserted(
            () -> {
              Map<String, Object> address =
                  Journey.order(admin, orderId)
                      .then()
                      .statusCode(200)
                      .extract()
                      .path("shippingAddress");
              assertNull(address.get("fullName"), "the name is forgotten: " + address);
              assertNull(address.get("line1"), "the street is forgotten: " + address);
              assertEquals("ES", address.get("country"), "the country is kept for taxes");
            });
    Response kept = Journey.order(admin, orderId);
    assertEquals("PAID", kept.path("status"));
    assertEquals(total, kept.path("total").toString());
    assertTicketsOfAnErasedCustomer(Journey.newAgent(admin).bearer(), ticketId);
  }

  /**
   * What support-service does with an erased customer's tickets once user.deleted reaches it: the
   * ticket stays for statistics, what the customer wrote is gone.
   */
  private static void assertTicketsOfAnErasedCustomer(String agent, String ticketId) {
    String removed = "(removed: the customer deleted their account)";
    await()
        .atMost(EVENTS)
        .untilAsserted(
            () ->
                given()
                    .baseUri(Journey.SUPPORT)
                    .header("Authorization", agent)
                    .get("/api/tickets/" + ticketId)
                    .then()
                    .statusCode(200)
                    .body("subject", org.hamcrest.Matchers.equalTo(removed))
                    .body("body", org.hamcrest.Matchers.equalTo(removed))
                    .body("type", org.hamcrest.Matchers.equalTo("INQUIRY")));
  }
}
