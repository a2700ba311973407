package io.vitrina.stack.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceViewTest {
  static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

  /** What order-service serves after the given numbers of requests (counters since start). */
  static String metrics(int ok, int notFound, int failed, double seconds, double placed) {
    return String.join(
        "\n",
        requests("GET", "/api/orders/{id}", "200", ok, seconds, 0.25),
        requests("GET", "/api/orders/{id}", "404", notFound, 0.01 * notFound, 0.02),
        requests("POST", "/api/orders", "503", failed, 0.5 * failed, 0.9),
        requests("GET", "/metrics/", "200", 1000, 10, 0.5),
        requests("GET", "/health/ready", "200", 1000, 10, 0.5),
        "memory_usedHeap_bytes{mp_scope=\"base\",} " + (200 * 1024 * 1024),
        "memory_maxHeap_bytes{mp_scope=\"base\",} " + (1024L * 1024 * 1024),
        "vitrina_orders_placed_total{mp_scope=\"application\",} " + placed,
        "vitrina_open_carts{mp_scope=\"application\",} 4",
        "vitrina_checkout_seconds{mp_scope=\"application\",quantile=\"0.5\",} 0.2",
        "");
  }

  private static String requests(
      String method, String route, String status, int count, double sum, double p99) {
    String labels =
        "{error_type=\"\",http_request_method=\""
            + method
            + "\",http_response_status_code=\""
            + status
            + "\",http_route=\""
            + route
            + "\",mp_scope=\"vendor\",";
    return String.join(
        "\n",
        "http_server_request_duration_seconds" + labels + "quantile=\"0.99\",} " + p99,
        "http_server_request_duration_seconds_count" + labels + "} " + count,
        "http_server_request_duration_seconds_sum" + labels + "} " + sum);
  }

  static Snapshot at(int second, String text) {
    return Snapshot.ok(T0.plusSeconds(second), PrometheusText.parse(text));
  }

  @Test
  void shouldRateTheApisTrafficOverTheWindowLeavingProbesOut() {
    List<Snapshot> scrapes =
        List.of(
            at(0, metrics(100, 10, 0, 10.0, 5)),
            at(30, metrics(130, 10, 0, 13.0, 5)),
            at(60, metrics(220, 16, 6, 22.0, 11)));

    ServiceView view = ServiceView.of("order-service", scrapes, Duration.ofMinutes(1));

    assertTrue(view.up());
    assertEquals(60, view.windowSeconds());
    // 120 + 6 + 6 requests in 60 s; the monitor's own /metrics and /health calls are not traffic
    assertEquals(132 / 60.0, view.requestsPerSecond(), 1e-9);
    assertEquals(6 / 60.0, view.clientErrorsPerSecond(), 1e-9);
    assertEquals(6 / 60.0, view.serverErrorsPerSecond(), 1e-9);
    // (12 s + 0.06 s + 3 s) / 132 requests
    assertEquals(15.06 / 132 * 1000, view.meanMillis(), 1e-6);
    assertEquals(900, view.p99Millis(), 1e-9);
    assertEquals(200, view.heapUsedMib(), 1e-9);
    assertEquals("GET", view.routes().get(0).method());
    assertEquals("/api/orders/{id}", view.routes().get(0).route());
    assertEquals(6, view.routes().get(1).serverErrors());
    assertEquals("/api/orders", view.routes().get(1).route());
  }

  @Test
  void shouldShowTheBusinessCountersWithTheirGrowthPerMinute() {
    ServiceView view =
        ServiceView.of(
            "order-service",
            List.of(at(0, metrics(0, 0, 0, 0, 5)), at(60, metrics(0, 0, 0, 0, 11))),
            Duration.ofMinutes(1));

    assertEquals(2, view.counters().size(), view.counters().toString());
    ServiceView.Counter gauge = view.counters().get(0);
    assertEquals("vitrina_open_carts", gauge.name());
    assertEquals(0, gauge.perMinute(), "a gauge has no rate");
    ServiceView.Counter placed = view.counters().get(1);
    assertEquals("vitrina_orders_placed_total", placed.name());
    assertEquals(11, placed.value());
    assertEquals(6, placed.perMinute(), 1e-9);
    assertEquals("", placed.labels(), "the scope label is not shown");
  }

  @Test
  void shouldCountACounterResetByARestartFromZero() {
    ServiceView view =
        ServiceView.of(
            "order-service",
            List.of(at(0, metrics(500, 0, 0, 50, 40)), at(60, metrics(30, 0, 0, 3, 2))),
            Duration.ofMinutes(1));

    assertEquals(30 / 60.0, view.requestsPerSecond(), 1e-9);
    assertEquals(2, view.counters().get(1).perMinute(), 1e-9);
  }

  @Test
  void shouldSayWhyAServiceIsDownAndKeepItsHistory() {
    ServiceView view =
        ServiceView.of(
            "catalog-service",
            List.of(
                at(0, metrics(0, 0, 0, 0, 0)),
                at(5, metrics(10, 0, 0, 1, 0)),
                Snapshot.failed(T0.plusSeconds(10), "not answering (ConnectException)")),
            Duration.ofMinutes(1));

    assertFalse(view.up());
    assertEquals("not answering (ConnectException)", view.error());
    assertEquals(2, view.history().size());
    assertEquals(2.0, view.history().get(0).requestsPerSecond(), 1e-9);
    assertEquals(0, view.history().get(1).requestsPerSecond());
  }

  @Test
  void shouldRateNothingFromASingleScrape() {
    ServiceView view =
        ServiceView.of(
            "user-service", List.of(at(0, metrics(7, 0, 0, 1, 0))), Duration.ofMinutes(1));

    assertTrue(view.up());
    assertEquals(0, view.requestsPerSecond());
    assertEquals(0, view.windowSeconds());
  }
}
