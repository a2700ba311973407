package io.vitrina.stack.monitor;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The traces of one business object — an order, a ticket, a user — found in Zipkin by the {@code
 * cloudevents.event_subject} tag that every event's producer and consumer spans carry, and laid out
 * as the dashboard shows them: each trace's spans in start order, indented under their parents.
 */
public final class Traces {
  static final String SUBJECT_TAG = "cloudevents.event_subject";
  private static final long LOOKBACK_MILLIS = Duration.ofDays(1).toMillis();

  private final URI zipkin;
  private final HttpClient client;

  public Traces(URI zipkin, HttpClient client) {
    this.zipkin = zipkin;
    this.client = client;
  }

  /** Whether the text can be an event's subject: an id, not a query. */
  static boolean isSubject(String subject) {
    return subject != null && subject.matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");
  }

  /**
   * The traces that carried an event about the subject, oldest first.
   *
   * @throws IOException when Zipkin cannot be asked
   */
  public JsonArray about(String subject) throws IOException {
    if (!isSubject(subject)) {
      throw new IllegalArgumentException("Not an id: " + subject);
    }
    String query =
        "annotationQuery="
            + URLEncoder.encode(SUBJECT_TAG + "=" + subject, StandardCharsets.UTF_8)
            + "&lookback="
            + LOOKBACK_MILLIS
            + "&limit=50";
    HttpRequest request =
        HttpRequest.newBuilder(zipkin.resolve("/api/v2/traces?" + query))
            .timeout(Duration.ofSeconds(10))
            .header("Accept", "application/json")
            .build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while asking Zipkin");
    }
    if (response.statusCode() != 200) {
      throw new IOException("Zipkin answered " + response.statusCode());
    }
    return summarise(Json.createReader(new StringReader(response.body())).readArray());
  }

  /** Zipkin's traces (arrays of spans) as the dashboard's summaries, oldest trace first. */
  static JsonArray summarise(JsonArray traces) {
    List<JsonObject> summaries = new ArrayList<>();
    for (JsonValue trace : traces) {
      List<JsonObject> spans = trace.asJsonArray().getValuesAs(JsonObject.class);
      if (!spans.isEmpty()) {
        summaries.add(summary(spans));
      }
    }
    summaries.sort(Comparator.comparingLong(t -> t.getJsonNumber("start").longValue()));
    JsonArrayBuilder result = Json.createArrayBuilder();
    summaries.forEach(result::add);
    return result.build();
  }

  private static JsonObject summary(List<JsonObject> spans) {
    Map<String, JsonObject> byId = new HashMap<>();
    spans.forEach(s -> byId.put(s.getString("id", ""), s));
    List<JsonObject> ordered = new ArrayList<>(spans);
    ordered.sort(Comparator.comparingLong(Traces::timestamp));
    long start = timestamp(ordered.get(0));
    long end = start;
    Set<String> services = new LinkedHashSet<>();
    JsonArrayBuilder rows = Json.createArrayBuilder();
    for (JsonObject span : ordered) {
      long spanStart = timestamp(span);
      long duration =
          span.getJsonNumber("duration") == null ? 0 : span.getJsonNumber("duration").longValue();
      end = Math.max(end, spanStart + duration);
      String service = service(span);
      services.add(service);
      JsonObject tags = span.getJsonObject("tags");
      JsonObjectBuilder row =
          Json.createObjectBuilder()
              .add("service", service)
              .add("name", span.getString("name", ""))
              .add("kind", span.getString("kind", ""))
              .add("depth", depth(span, byId))
              .add("offsetMillis", (spanStart - start) / 1000.0)
              .add("durationMillis", duration / 1000.0)
              .add("error", tags != null && tags.containsKey("error"));
      if (tags != null && tags.containsKey("cloudevents.event_type")) {
        row.add("event", tags.getString("cloudevents.event_type"));
      }
      rows.add(row);
    }
    JsonArrayBuilder serviceNames = Json.createArrayBuilder();
    services.forEach(serviceNames::add);
    String traceId = ordered.get(0).getString("traceId", "");
    return Json.createObjectBuilder()
        .add("traceId", traceId)
        .add("root", ordered.get(0).getString("name", ""))
        .add("start", start / 1000)
        .add("durationMillis", (end - start) / 1000.0)
        .add("services", serviceNames)
        .add("spans", rows)
        .add("zipkinPath", "/zipkin/traces/" + traceId)
        .build();
  }

  private static long timestamp(JsonObject span) {
    return span.getJsonNumber("timestamp") == null
        ? 0
        : span.getJsonNumber("timestamp").longValue();
  }

  private static String service(JsonObject span) {
    JsonObject endpoint = span.getJsonObject("localEndpoint");
    return endpoint == null ? "?" : endpoint.getString("serviceName", "?");
  }

  private static int depth(JsonObject span, Map<String, JsonObject> byId) {
    int depth = 0;
    JsonObject current = span;
    while (depth < 64) {
      String parent = current.getString("parentId", null);
      if (parent == null || !byId.containsKey(parent)) {
        return depth;
      }
      current = byId.get(parent);
      depth++;
    }
    return depth;
  }
}
