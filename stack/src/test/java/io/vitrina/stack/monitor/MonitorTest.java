package io.vitrina.stack.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The monitor over real HTTP: a served /metrics and a Zipkin stand-in on loopback. */
class MonitorTest {
  private final HttpClient client = HttpClient.newHttpClient();
  private final AtomicReference<String> metrics =
      new AtomicReference<>(ServiceViewTest.metrics(10, 0, 0, 1, 1));
  private final AtomicReference<String> zipkinQuery = new AtomicReference<>();
  private HttpServer service;
  private HttpServer zipkin;
  private Monitor monitor;

  @AfterEach
  void stop() {
    if (monitor != null) {
      monitor.close();
    }
    if (service != null) {
      service.stop(0);
    }
    if (zipkin != null) {
      zipkin.stop(0);
    }
  }

  private URI serve(
      HttpServer server,
      String path,
      String contentType,
      java.util.function.Supplier<String> body) {
    server.createContext(
        path,
        exchange -> {
          if (path.startsWith("/api/v2")) {
            zipkinQuery.set(exchange.getRequestURI().getRawQuery());
          }
          byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", contentType);
          exchange.sendResponseHeaders(200, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private URI start(boolean withZipkin, Clock clock) throws IOException {
    service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    URI serviceUrl = serve(service, "/metrics", "text/plain", metrics::get);
    URI zipkinUrl = null;
    if (withZipkin) {
      zipkin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      zipkinUrl =
          serve(zipkin, "/api/v2/traces", "application/json", () -> TracesTest.ZIPKIN_ANSWER);
    }
    Map<String, URI> services = new LinkedHashMap<>();
    services.put("order-service", serviceUrl);
    services.put("catalog-service", URI.create("http://127.0.0.1:1"));
    monitor = new Monitor(services, zipkinUrl, client, clock);
    return monitor.serve(0);
  }

  private HttpResponse<String> get(URI uri) throws Exception {
    return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  @Test
  void shouldServeTheOverviewOfEveryServiceFromItsScrapes() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
    URI page = start(false, clock);
    monitor.scrapeAll();
    metrics.set(ServiceViewTest.metrics(70, 0, 3, 7, 4));
    clock.now = clock.now.plusSeconds(60);
    monitor.scrapeAll();

    HttpResponse<String> response = get(page.resolve("/api/overview"));

    assertEquals(200, response.statusCode());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
    JsonObject order = json(response).getJsonArray("services").getJsonObject(0);
    assertEquals("order-service", order.getString("name"));
    assertTrue(order.getBoolean("up"));
    assertEquals(1.05, order.getJsonNumber("requestsPerSecond").doubleValue(), 1e-9);
    assertEquals(0.05, order.getJsonNumber("serverErrorsPerSecond").doubleValue(), 1e-9);
    assertEquals(
        3.0,
        order.getJsonArray("counters").getJsonObject(1).getJsonNumber("perMinute").doubleValue(),
        1e-9);
    JsonObject catalog = json(response).getJsonArray("services").getJsonObject(1);
    assertFalse(catalog.getBoolean("up"));
    assertTrue(catalog.getString("error").startsWith("not answering"), catalog.toString());
    assertFalse(json(response).containsKey("zipkin"));
  }

  @Test
  void shouldServeThePage() throws Exception {
    URI page = start(false, Clock.systemUTC());

    HttpResponse<String> response = get(page);

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("api/overview"));
    assertTrue(response.headers().firstValue("Content-Security-Policy").isPresent());
  }

  @Test
  void shouldFindTheTracesOfASubjectInZipkin() throws Exception {
    URI page = start(true, Clock.systemUTC());

    HttpResponse<String> response = get(page.resolve("/api/traces?subject=o-1"));

    assertEquals(200, response.statusCode(), response.body());
    assertEquals(2, json(response).getJsonArray("traces").size());
    assertTrue(
        zipkinQuery.get().contains("annotationQuery=cloudevents.event_subject%3Do-1"),
        zipkinQuery.get());
  }

  @Test
  void shouldAnswerProblemsForWhatItCannotDo() throws Exception {
    URI withoutZipkin = start(false, Clock.systemUTC());
    assertEquals(503, get(withoutZipkin.resolve("/api/traces?subject=o-1")).statusCode());
    monitor.close();
    service.stop(0);

    URI page = start(true, Clock.systemUTC());
    HttpResponse<String> hostile = get(page.resolve("/api/traces?subject=%3Cscript%3E"));
    assertEquals(400, hostile.statusCode());
    assertEquals(
        "application/problem+json", hostile.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(400, json(hostile).getInt("status"));
    assertEquals(400, get(page.resolve("/api/traces")).statusCode());
    assertEquals(404, get(page.resolve("/nothing")).statusCode());
    HttpResponse<String> post =
        client.send(
            HttpRequest.newBuilder(page.resolve("/api/overview"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
  }

  private static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
