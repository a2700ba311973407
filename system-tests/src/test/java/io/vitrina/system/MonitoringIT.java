package io.vitrina.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The local monitoring sees what the system does: the build started Zipkin and the monitor page
 * before the servers, so every server sends its spans to Zipkin and the monitor scrapes their
 * metrics. One checkout must be traced end to end — the REST call into order-service, its REST call
 * into catalog-service for the stock, the order.placed event it publishes, and the consumers of
 * that event in catalog-service and support-service — as one trace, found by the order's id.
 */
class MonitoringIT {
  private static final String ZIPKIN = System.getProperty("vitrina.zipkin.url");
  private static final String MONITOR = System.getProperty("vitrina.monitor.url");
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  @Test
  void shouldTraceOneCheckoutAcrossRestAndJms() {
    String admin = Journey.adminToken();
    String product = Journey.stockedProduct(admin, 5);
    String customer = Journey.newCustomer();
    String order = Journey.paidOrder(customer, product, 1);

    JsonObject checkout =
        await()
            .atMost(PATIENCE)
            .pollInterval(Duration.ofSeconds(2))
            .until(() -> checkoutTrace(order), trace -> trace != null);

    List<JsonObject> spans = checkout.getJsonArray("spans").getValuesAs(JsonObject.class);
    JsonObject producer =
        spans.stream()
            .filter(s -> "PRODUCER".equals(s.getString("kind", "")))
            .filter(s -> "order.placed".equals(tag(s, "cloudevents.event_type")))
            .findFirst()
            .orElseThrow();
    assertEquals("order-service", service(producer));
    Set<String> consumers = new HashSet<>();
    for (JsonObject span : spans) {
      if ("CONSUMER".equals(span.getString("kind", ""))
          && producer.getString("id").equals(span.getString("parentId", ""))) {
        assertEquals(order, tag(span, "cloudevents.event_subject"), span.toString());
        consumers.add(service(span));
      }
    }
    assertTrue(
        consumers.containsAll(Set.of("catalog-service", "support-service")),
        "order.placed consumed in " + consumers);
    assertTrue(
        spans.stream()
            .anyMatch(
                s ->
                    "SERVER".equals(s.getString("kind", ""))
                        && "catalog-service".equals(service(s))),
        "the stock reservation is a REST call into catalog-service in the same trace");
  }

  @Test
  void shouldShowEveryServiceAndTheCheckoutsOnTheMonitor() {
    String admin = Journey.adminToken();
    String product = Journey.stockedProduct(admin, 5);
    String customer = Journey.newCustomer();
    String order = Journey.paidOrder(customer, product, 1);

    given().baseUri(MONITOR).get("/").then().statusCode(200);
    JsonObject orders =
        await()
            .atMost(PATIENCE)
            .pollInterval(Duration.ofSeconds(2))
            .until(
                () -> service(overview(), "order-service"),
                view ->
                    view.getJsonArray("routes").getValuesAs(JsonObject.class).stream()
                        .anyMatch(r -> "/api/orders".equals(r.getString("route"))));
    JsonObject overview = overview();
    for (String name :
        List.of("user-service", "catalog-service", "order-service", "support-service")) {
      assertTrue(service(overview, name).getBoolean("up"), name + " is up on the monitor");
    }
    assertTrue(
        orders.getJsonArray("counters").getValuesAs(JsonObject.class).stream()
            .anyMatch(
                c ->
                    c.getString("name").startsWith("checkouts")
                        && c.getJsonNumber("value").doubleValue() >= 1),
        "the checkouts counter: " + orders.getJsonArray("counters"));

    JsonObject traces =
        await()
            .atMost(PATIENCE)
            .pollInterval(Duration.ofSeconds(2))
            .until(
                () ->
                    read(given().baseUri(MONITOR).queryParam("subject", order).get("/api/traces")),
                body -> !body.getJsonArray("traces").isEmpty());
    Set<String> services = new HashSet<>();
    traces
        .getJsonArray("traces")
        .getValuesAs(JsonObject.class)
        .forEach(
            t ->
                t.getJsonArray("services")
                    .forEach(s -> services.add(((jakarta.json.JsonString) s).getString())));
    assertTrue(
        services.containsAll(Set.of("order-service", "catalog-service", "support-service")),
        services.toString());

    Response hostile =
        given().baseUri(MONITOR).queryParam("subject", "a' or '1'='1").get("/api/traces");
    assertEquals(400, hostile.statusCode());
    assertEquals("application/problem+json", hostile.contentType());
  }

  /** The trace, as Zipkin holds it, in which the order was placed; null until it is complete. */
  private static JsonObject checkoutTrace(String order) {
    Response response =
        given()
            .baseUri(ZIPKIN)
            .queryParam("annotationQuery", "cloudevents.event_subject=" + order)
            .queryParam("lookback", Duration.ofHours(1).toMillis())
            .queryParam("limit", 50)
            .get("/api/v2/traces");
    assertEquals(200, response.statusCode(), response.asString());
    JsonArray traces = Json.createReader(new StringReader(response.asString())).readArray();
    for (JsonValue trace : traces) {
      List<JsonObject> spans = trace.asJsonArray().getValuesAs(JsonObject.class);
      Map<String, Long> consumersByService = new HashMap<>();
      boolean placed = false;
      for (JsonObject span : spans) {
        if ("order.placed".equals(tag(span, "cloudevents.event_type"))) {
          if ("PRODUCER".equals(span.getString("kind", ""))) {
            placed = true;
          } else if ("CONSUMER".equals(span.getString("kind", ""))) {
            consumersByService.merge(service(span), 1L, Long::sum);
          }
        }
      }
      if (placed
          && consumersByService
              .keySet()
              .containsAll(Set.of("catalog-service", "support-service"))) {
        return Json.createObjectBuilder().add("spans", trace.asJsonArray()).build();
      }
    }
    return null;
  }

  private static JsonObject overview() {
    return read(given().baseUri(MONITOR).get("/api/overview"));
  }

  private static JsonObject service(JsonObject overview, String name) {
    return overview.getJsonArray("services").getValuesAs(JsonObject.class).stream()
        .filter(s -> name.equals(s.getString("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not on the monitor: " + overview));
  }

  private static JsonObject read(Response response) {
    assertEquals(200, response.statusCode(), response.asString());
    return Json.createReader(new StringReader(response.asString())).readObject();
  }

  private static String tag(JsonObject span, String name) {
    JsonObject tags = span.getJsonObject("tags");
    return tags == null ? "" : tags.getString(name, "");
  }

  private static String service(JsonObject span) {
    JsonObject endpoint = span.getJsonObject("localEndpoint");
    return endpoint == null ? "" : endpoint.getString("serviceName", "");
  }
}
