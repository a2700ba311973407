package io.vitrina.stack.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the dashboard shows of one service, worked out from its recent scrapes: traffic, errors and
 * latency of its API over the last window, the JVM's heap, and the service's own (application)
 * metrics — its business counters. Requests to {@code /metrics} and {@code /health} are left out:
 * they are the monitor's and the platform's own probes, not traffic.
 */
public record ServiceView(
    String name,
    boolean up,
    String error,
    Instant at,
    double windowSeconds,
    double requestsPerSecond,
    double clientErrorsPerSecond,
    double serverErrorsPerSecond,
    double meanMillis,
    double p99Millis,
    double heapUsedMib,
    double heapMaxMib,
    List<Route> routes,
    List<Counter> counters,
    List<Point> history) {

  static final String REQUESTS = "http_server_request_duration_seconds";

  /** One route's traffic in the window. */
  public record Route(
      String method,
      String route,
      double requestsPerSecond,
      long serverErrors,
      double meanMillis,
      double p99Millis) {}

  /** One application metric: its current value and how much it grew per minute in the window. */
  public record Counter(String name, String labels, double value, double perMinute) {}

  /** Requests and server errors per second between two consecutive scrapes. */
  public record Point(Instant at, double requestsPerSecond, double serverErrorsPerSecond) {}

  /**
   * The view of a service from its scrapes, oldest first.
   *
   * @param window how far back rates are taken (from the newest scrape to the newest one at least
   *     this much older, else the oldest)
   */
  public static ServiceView of(String name, List<Snapshot> scrapes, Duration window) {
    if (scrapes.isEmpty()) {
      return new ServiceView(
          name,
          false,
          "not scraped yet",
          null,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          List.of(),
          List.of(),
          List.of());
    }
    Snapshot latest = scrapes.get(scrapes.size() - 1);
    List<Point> history = history(scrapes);
    if (!latest.up()) {
      return new ServiceView(
          name,
          false,
          latest.error(),
          latest.at(),
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          0,
          List.of(),
          List.of(),
          history);
    }
    Snapshot base = base(scrapes, latest, window);
    double seconds =
        base == null ? 0 : Duration.between(base.at(), latest.at()).toMillis() / 1000.0;
    Map<String, RouteStats> routes = routeStats(base, latest);
    double count = 0;
    double sum = 0;
    double clientErrors = 0;
    double serverErrors = 0;
    double p99 = 0;
    for (RouteStats stats : routes.values()) {
      count += stats.count;
      sum += stats.sum;
      clientErrors += stats.clientErrors;
      serverErrors += stats.serverErrors;
      if (stats.count > 0) {
        p99 = Math.max(p99, stats.p99Seconds);
      }
    }
    List<Route> top =
        routes.values().stream()
            .filter(s -> s.count > 0)
            .sorted(Comparator.comparingDouble((RouteStats s) -> s.count).reversed())
            .limit(10)
            .map(
                s ->
                    new Route(
                        s.method,
                        s.route,
                        rate(s.count, seconds),
                        Math.round(s.serverErrors),
                        s.count == 0 ? 0 : s.sum / s.count * 1000,
                        s.p99Seconds * 1000))
            .toList();
    return new ServiceView(
        name,
        true,
        null,
        latest.at(),
        seconds,
        rate(count, seconds),
        rate(clientErrors, seconds),
        rate(serverErrors, seconds),
        count == 0 ? 0 : sum / count * 1000,
        p99 * 1000,
        gauge(latest, "memory_usedHeap_bytes") / (1024 * 1024),
        gauge(latest, "memory_maxHeap_bytes") / (1024 * 1024),
        top,
        counters(base, latest, seconds),
        history);
  }

  private static Snapshot base(List<Snapshot> scrapes, Snapshot latest, Duration window) {
    Snapshot base = null;
    for (Snapshot s : scrapes) {
      if (s != latest && s.up()) {
        if (!s.at().isAfter(latest.at().minus(window))) {
          base = s;
        } else {
          return base == null ? s : base;
        }
      }
    }
    return base;
  }

  private static double rate(double delta, double seconds) {
    return seconds <= 0 ? 0 : delta / seconds;
  }

  /** A counter's growth; a counter that went down was reset by a restart and grew from zero. */
  private static double delta(double now, Double before) {
    if (before == null || now < before) {
      return now;
    }
    return now - before;
  }

  private static final class RouteStats {
    String method;
    String route;
    double count;
    double sum;
    double clientErrors;
    double serverErrors;
    double p99Seconds;
  }

  private static boolean isTraffic(PrometheusText.Sample s) {
    String route = s.label("http_route");
    return !route.startsWith("/metrics") && !route.startsWith("/health");
  }

  private static String key(PrometheusText.Sample s) {
    return s.label("http_request_method") + " " + s.label("http_route");
  }

  private static Map<String, RouteStats> routeStats(Snapshot base, Snapshot latest) {
    Map<String, Double> before = new HashMap<>();
    if (base != null) {
      for (PrometheusText.Sample s : base.samples()) {
        if (s.name().startsWith(REQUESTS + "_")) {
          before.put(s.name() + s.labels(), s.value());
        }
      }
    }
    Map<String, RouteStats> routes = new LinkedHashMap<>();
    for (PrometheusText.Sample s : latest.samples()) {
      if (!s.name().startsWith(REQUESTS) || !isTraffic(s)) {
        continue;
      }
      RouteStats stats =
          routes.computeIfAbsent(
              key(s),
              k -> {
                RouteStats r = new RouteStats();
                r.method = s.label("http_request_method");
                r.route = s.label("http_route");
                return r;
              });
      String status = s.label("http_response_status_code");
      if (s.name().equals(REQUESTS + "_count")) {
        double d = base == null ? 0 : delta(s.value(), before.get(s.name() + s.labels()));
        stats.count += d;
        if (status.startsWith("4")) {
          stats.clientErrors += d;
        } else if (status.startsWith("5")) {
          stats.serverErrors += d;
        }
      } else if (s.name().equals(REQUESTS + "_sum")) {
        stats.sum += base == null ? 0 : delta(s.value(), before.get(s.name() + s.labels()));
      } else if (s.name().equals(REQUESTS) && "0.99".equals(s.label("quantile"))) {
        if (!Double.isNaN(s.value())) {
          stats.p99Seconds = Math.max(stats.p99Seconds, s.value());
        }
      }
    }
    return routes;
  }

  private static double gauge(Snapshot snapshot, String name) {
    return snapshot.samples().stream()
        .filter(s -> s.name().equals(name))
        .mapToDouble(PrometheusText.Sample::value)
        .findFirst()
        .orElse(0);
  }

  private static String labels(PrometheusText.Sample s) {
    return s.labels().entrySet().stream()
        .filter(e -> !e.getKey().equals("mp_scope"))
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /** The application-scoped metrics: what the services count of their own business. */
  private static List<Counter> counters(Snapshot base, Snapshot latest, double seconds) {
    Map<String, Double> before = new HashMap<>();
    if (base != null) {
      for (PrometheusText.Sample s : base.samples()) {
        before.put(s.name() + s.labels(), s.value());
      }
    }
    List<Counter> counters = new ArrayList<>();
    for (PrometheusText.Sample s : latest.samples()) {
      if (!"application".equals(s.label("mp_scope")) || s.labels().containsKey("quantile")) {
        continue;
      }
      double perMinute =
          s.name().endsWith("_total") || s.name().endsWith("_count")
              ? rate(delta(s.value(), before.get(s.name() + s.labels())), seconds) * 60
              : 0;
      counters.add(new Counter(s.name(), labels(s), s.value(), base == null ? 0 : perMinute));
    }
    counters.sort(Comparator.comparing(Counter::name).thenComparing(Counter::labels));
    return counters;
  }

  private static List<Point> history(List<Snapshot> scrapes) {
    List<Point> points = new ArrayList<>();
    Snapshot previous = null;
    for (Snapshot s : scrapes) {
      if (!s.up()) {
        points.add(new Point(s.at(), 0, 0));
        previous = null;
        continue;
      }
      if (previous != null) {
        double seconds = Duration.between(previous.at(), s.at()).toMillis() / 1000.0;
        Map<String, RouteStats> routes = routeStats(previous, s);
        double count = routes.values().stream().mapToDouble(r -> r.count).sum();
        double errors = routes.values().stream().mapToDouble(r -> r.serverErrors).sum();
        points.add(new Point(s.at(), rate(count, seconds), rate(errors, seconds)));
      }
      previous = s;
    }
    return points;
  }
}
