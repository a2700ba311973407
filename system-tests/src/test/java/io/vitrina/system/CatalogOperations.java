package io.vitrina.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What catalog-service's operators see of its event consumption: the {@code events.consumed}
 * counter, the audited inventory adjustments, and its dead letters through the administrators' API.
 */
final class CatalogOperations {
  /** Five deliveries, 1 s apart and doubling, before the dead-letter address; then ample slack. */
  static final Duration DEAD_LETTER_WAIT = Duration.ofSeconds(120);

  private static final Pattern CONSUMED =
      Pattern.compile("(?m)^events_consumed_total\\{([^}]*)\\}\\s+(\\S+)$");

  private CatalogOperations() {}

  /** catalog's events.consumed counter for an event type and an outcome; 0 before it counts. */
  static double consumed(String type, String outcome) {
    String metrics =
        given()
            .baseUri(Journey.CATALOG)
            .queryParam("scope", "application")
            .get("/metrics")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Matcher matcher = CONSUMED.matcher(metrics);
    while (matcher.find()) {
      String tags = matcher.group(1);
      if (tags.contains("type=\"" + type + "\"") && tags.contains("outcome=\"" + outcome + "\"")) {
        return Double.parseDouble(matcher.group(2));
      }
    }
    return 0;
  }

  /** The product's inventory adjustments whose reason mentions the text (an order id). */
  static List<Map<String, Object>> adjustments(String admin, String product, String mentioning) {
    List<Map<String, Object>> all =
        given()
            .baseUri(Journey.CATALOG)
            .header("Authorization", admin)
            .get("/api/products/" + product + "/inventory/adjustments")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    return all.stream().filter(a -> String.valueOf(a.get("reason")).contains(mentioning)).toList();
  }

  /** A service's dead letters, as its administrators list them. */
  static List<Map<String, Object>> deadLetters(String serviceUrl, String admin) {
    JsonPath page =
        given()
            .baseUri(serviceUrl)
            .header("Authorization", admin)
            .queryParam("limit", 200)
            .get("/api/admin/dead-letters")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    return page.getList("items");
  }

  /** Waits until catalog has a dead letter that matches. */
  static Map<String, Object> awaitDeadLetter(String admin, Predicate<Map<String, Object>> which) {
    return await()
        .atMost(DEAD_LETTER_WAIT)
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> deadLetter(admin, which), Optional::isPresent)
        .orElseThrow();
  }

  static Optional<Map<String, Object>> deadLetter(
      String admin, Predicate<Map<String, Object>> which) {
    return deadLetters(Journey.CATALOG, admin).stream().filter(which).findFirst();
  }

  /** Matches the dead letter of an event id with a number of replays. */
  static Predicate<Map<String, Object>> event(String eventId, int replays) {
    return d ->
        eventId.equals(d.get("eventId")) && ((Number) d.get("replays")).intValue() == replays;
  }
}
