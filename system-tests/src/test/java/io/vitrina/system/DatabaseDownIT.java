package io.vitrina.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * catalog-service while its database is stopped (the build's fault proxy between it and MariaDB is
 * down; the broker and the other services are not). It says it is not ready, answers its API with a
 * 503 problem that names no internals, and the rest of the system keeps serving. The order events
 * published meanwhile are not lost: once the database is back, catalog recovers without a restart
 * and each of them has its effect exactly once.
 */
class DatabaseDownIT {
  private static final Logger LOG = Logger.getLogger(DatabaseDownIT.class.getName());

  @AfterEach
  void restore() {
    CatalogDatabase.start();
  }

  @Test
  void shouldAnswerUnavailableWhileItsDatabaseIsDownAndCatchUpOnceItIsBack() {
    String admin = Journey.adminToken();
    Journey.Sale sale = Journey.sold(admin, 6, 2);
    String product = sale.product();
    String customer = sale.customer();
    String orderId = sale.orderId();

    CatalogDatabase.stop();

    Response readiness = given().baseUri(Journey.CATALOG).get("/health/ready");
    assertEquals(503, readiness.statusCode());
    List<String> down = readiness.path("checks.findAll { it.status == 'DOWN' }.name");
    assertTrue(down.contains("database"), readiness.asString());
    given().baseUri(Journey.CATALOG).get("/health/live").then().statusCode(200);

    assertUnavailable(given().baseUri(Journey.CATALOG).get("/api/products/" + product));
    assertUnavailable(
        given()
            .baseUri(Journey.CATALOG)
            .header("Authorization", admin)
            .get("/api/products/" + product + "/inventory"));
    assertUnavailable(
        given()
            .baseUri(Journey.CATALOG)
            .header("Authorization", admin)
            .contentType(ContentType.JSON)
            .body("{\"delta\":1,\"reason\":\"while the database is down\"}")
            .post("/api/products/" + product + "/inventory/adjustments"));

    // The others keep serving: sign-in, the customer's orders, support.
    for (String service : List.of(Journey.USERS, Journey.ORDERS, Journey.SUPPORT)) {
      given().baseUri(service).get("/health/ready").then().statusCode(200);
    }
    assertNotNull(Journey.adminToken());
    Journey.order(customer, orderId).then().statusCode(200).body("status", equalTo("PAID"));
    openInquiry(customer).then().statusCode(201);

    // The customer cancels meanwhile: order-service refunds, catalog cannot restock yet.
    Journey.cancel(customer, orderId).then().statusCode(200);
    assertEquals("REFUNDED", Journey.order(customer, orderId).path("status"));

    CatalogDatabase.start();

    Predicate<Map<String, Object>> ofThisOrder =
        d -> String.valueOf(d.get("body")).contains(orderId);
    await()
        .atMost(Duration.ofSeconds(180))
        .pollInterval(Duration.ofSeconds(2))
        .until(
            () -> {
              replayDeadLetters(admin, ofThisOrder);
              return Journey.inventory(admin, product)[0] == 6;
            });
    Journey.awaitInventory(admin, product, 6, 0);
    assertEquals(
        1,
        CatalogOperations.adjustments(admin, product, orderId).size(),
        "one restock of order " + orderId);
    given()
        .baseUri(Journey.CATALOG)
        .get("/api/products/" + product)
        .then()
        .statusCode(200)
        .body("id", equalTo(product));
  }

  /** A 503 problem with a retry hint, and nothing of the failure's internals. */
  private static void assertUnavailable(Response response) {
    String body = response.asString();
    assertEquals(503, response.statusCode(), body);
    assertTrue(response.contentType().startsWith("application/problem+json"), body);
    assertNotNull(response.getHeader("Retry-After"), "a retry hint");
    assertEquals(503, response.<Integer>path("status"));
    for (String internal : List.of("Exception", "\tat ", "jdbc", "SQL", "127.0.0.1")) {
      assertFalse(body.contains(internal), "names no internals (" + internal + "): " + body);
    }
  }

  /**
   * The broker retries a failed delivery five times over some fifteen seconds; an outage that
   * outlasts them (a slow machine) leaves the events on the dead-letter address, where nothing is
   * lost either: the administrator replays them, as the runbook says, and they apply once.
   */
  private static void replayDeadLetters(String admin, Predicate<Map<String, Object>> which) {
    List<Map<String, Object>> dead =
        CatalogOperations.deadLetters(Journey.CATALOG, admin).stream().filter(which).toList();
    for (Map<String, Object> letter : dead) {
      LOG.info(() -> "The outage outlasted the redeliveries; replaying " + letter.get("eventType"));
      given()
          .baseUri(Journey.CATALOG)
          .header("Authorization", admin)
          .post("/api/admin/dead-letters/" + letter.get("id") + "/replay")
          .then()
          .statusCode(200);
    }
  }

  private static Response openInquiry(String customer) {
    return given()
        .baseUri(Journey.SUPPORT)
        .header("Authorization", customer)
        .contentType(ContentType.JSON)
        .body(
            Json.createObjectBuilder()
                .add("type", "INQUIRY")
                .add("subject", "Where is my parcel?")
                .add("body", "Asked while the catalog's database was down.")
                .build()
                .toString())
        .post("/api/tickets");
  }
}
