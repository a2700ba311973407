package io.vitrina.catalog.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The administrators' view of catalog-service's dead letters: a message its consumer gave up on is
 * listed with where it came from, replayed to its subscription (which gives up on it again, so it
 * comes back with one replay counted), and discarded.
 */
@MicroShedTest
class DeadLettersIT {

  /** Five deliveries, 1 s apart and doubling, before the dead-letter address; then some slack. */
  private static final Duration DEAD_LETTER_WAIT = Duration.ofSeconds(90);

  private Broker broker;

  @BeforeEach
  void connect() {
    broker = new Broker();
  }

  @AfterEach
  void close() {
    broker.close();
  }

  @Test
  void shouldListReplayAndDiscardADeadLetterOfThisService() throws Exception {
    String admin = Tokens.admin();
    String eventId = UUID.randomUUID().toString();
    broker.publishMalformedOrderEvent(
        eventId, "order.paid", UUID.randomUUID().toString(), "{\"orderId\": not json");

    Map<String, Object> dead = awaitDeadLetter(admin, eventId, 0);
    assertEquals("vitrina.orders", dead.get("originalAddress"));
    assertEquals("catalog-service", dead.get("originalQueue"));
    assertEquals("order.paid", dead.get("eventType"));
    assertEquals("{\"orderId\": not json", dead.get("body"));
    String id = (String) dead.get("id");
    given()
        .header("Authorization", admin)
        .get("/api/admin/dead-letters/" + id)
        .then()
        .statusCode(200)
        .body("eventId", equalTo(eventId));

    given()
        .header("Authorization", admin)
        .post("/api/admin/dead-letters/" + id + "/replay")
        .then()
        .statusCode(200)
        .body("queue", equalTo("catalog-service"));
    // Off the address at once; the consumer gives up on it again, and it is back, replayed once.
    given()
        .header("Authorization", admin)
        .get("/api/admin/dead-letters/" + id)
        .then()
        .statusCode(404);
    Map<String, Object> again = awaitDeadLetter(admin, eventId, 1);
    String againId = (String) again.get("id");
    assertNotEquals(id, againId);

    given()
        .header("Authorization", admin)
        .delete("/api/admin/dead-letters/" + againId)
        .then()
        .statusCode(204);
    assertEquals(Optional.empty(), deadLetter(admin, eventId));
    given()
        .header("Authorization", admin)
        .delete("/api/admin/dead-letters/" + againId)
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"));
  }

  @Test
  void shouldLetOnlyAdministratorsNearTheDeadLetters() {
    String id = UUID.randomUUID().toString();
    given().get("/api/admin/dead-letters").then().statusCode(401);
    given()
        .header("Authorization", Tokens.customer())
        .get("/api/admin/dead-letters")
        .then()
        .statusCode(403);
    given()
        .header("Authorization", Tokens.customer())
        .post("/api/admin/dead-letters/" + id + "/replay")
        .then()
        .statusCode(403);
    String admin = Tokens.admin();
    given()
        .header("Authorization", admin)
        .get("/api/admin/dead-letters")
        .then()
        .statusCode(200)
        .body("queues", hasItem("catalog-service"));
    given()
        .header("Authorization", admin)
        .post("/api/admin/dead-letters/" + id + "/replay")
        .then()
        .statusCode(404);
    for (String hostile : List.of("x'%20OR%20'1'%3D'1", "ID:" + id, id.toUpperCase())) {
      given()
          .header("Authorization", admin)
          .urlEncodingEnabled(false)
          .get("/api/admin/dead-letters/" + hostile)
          .then()
          .statusCode(400)
          .contentType(startsWith("application/problem+json"));
    }
    given()
        .header("Authorization", admin)
        .queryParam("limit", 201)
        .get("/api/admin/dead-letters")
        .then()
        .statusCode(400);
  }

  private static Map<String, Object> awaitDeadLetter(String admin, String eventId, int replays) {
    return await()
        .atMost(DEAD_LETTER_WAIT)
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> deadLetter(admin, eventId).filter(d -> ((Integer) d.get("replays")) == replays),
            Optional::isPresent)
        .orElseThrow();
  }

  private static Optional<Map<String, Object>> deadLetter(String admin, String eventId) {
    JsonPath page =
        given()
            .header("Authorization", admin)
            .queryParam("limit", 200)
            .get("/api/admin/dead-letters")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> items = page.getList("items");
    return items.stream().filter(d -> eventId.equals(d.get("eventId"))).findFirst();
  }
}
