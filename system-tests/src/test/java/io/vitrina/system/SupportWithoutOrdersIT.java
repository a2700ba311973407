package io.vitrina.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import jakarta.json.Json;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Support keeps working while order-service cannot be reached: the build put a fault proxy between
 * support-service and order-service. The ticket view then shows the order from support-service's
 * read model (fed by order.* events), and a return is still checked, against that read model.
 */
class SupportWithoutOrdersIT {
  private static final String FAULTS = System.getProperty("vitrina.faults.url");
  private static final Duration EVENTS = Duration.ofSeconds(30);

  @AfterEach
  void restore() {
    fault("orders", "up");
  }

  @Test
  void shouldShowTheTicketAndCheckAReturnFromTheReadModelWhileOrderServiceIsDown() {
    String admin = Journey.adminToken();
    String product = Journey.stockedProduct(admin, 3);
    String customer = Journey.newCustomer();
    String orderId = Journey.paidOrder(customer, product, 1);
    Journey.deliver(admin, orderId);
    String ticketId = SupportJourneyIT.openTicket(customer, "INQUIRY", orderId);
    String agent = Journey.newAgent(admin).bearer();
    given()
        .baseUri(Journey.SUPPORT)
        .header("Authorization", agent)
        .get("/api/tickets/" + ticketId)
        .then()
        .statusCode(200)
        .body("context.source", equalTo("live"))
        .body("context.order.status", equalTo("DELIVERED"));

    fault("orders", "down");

    // The read model has the delivery once order.status-changed has reached it.
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
                    .body("context.source", equalTo("snapshot"))
                    .body("context.order.id", equalTo(orderId))
                    .body("context.order.status", equalTo("DELIVERED"))
                    .body("context.asOf", notNullValue()));
    given()
        .baseUri(Journey.SUPPORT)
        .header("Authorization", customer)
        .get("/api/tickets/" + ticketId)
        .then()
        .statusCode(200)
        .body("context.order.status", equalTo("DELIVERED"));

    // A return is checked against the read model: two units of a one-unit order are refused, one
    // is taken.
    openReturn(customer, orderId, product, 2).then().statusCode(422);
    openReturn(customer, orderId, product, 1)
        .then()
        .statusCode(201)
        .body("returnRequest.status", equalTo("PENDING"));
  }

  private static io.restassured.response.Response openReturn(
      String customer, String orderId, String product, int quantity) {
    return given()
        .baseUri(Journey.SUPPORT)
        .header("Authorization", customer)
        .contentType(ContentType.JSON)
        .body(
            Json.createObjectBuilder()
                .add("type", "RETURN")
                .add("subject", "Return while orders are away")
                .add("body", "Please take it back.")
                .add("orderId", orderId)
                .add(
                    "lines",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("productId", product)
                                .add("quantity", quantity)))
                .build()
                .toString())
        .post("/api/tickets");
  }

  private static void fault(String proxy, String state) {
    given().baseUri(FAULTS).post("/" + proxy + "/" + state).then().statusCode(204);
  }
}
