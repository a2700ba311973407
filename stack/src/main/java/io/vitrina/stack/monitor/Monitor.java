package io.vitrina.stack.monitor;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The local monitoring view: scrapes every service's {@code /metrics} (Prometheus text) every few
 * seconds, keeps a quarter of an hour of scrapes in memory, and serves a dashboard page on loopback
 * with each service's traffic, errors, latency, heap and business counters, plus the traces of any
 * order, ticket or user from Zipkin.
 *
 * <ul>
 *   <li>{@code GET /} — the page
 *   <li>{@code GET /api/overview} — every service's {@link ServiceView} as JSON
 *   <li>{@code GET /api/traces?subject=<id>} — the traces that carried events about the id
 * </ul>
 */
public final class Monitor implements AutoCloseable {
  static final Duration INTERVAL = Duration.ofSeconds(5);
  static final Duration WINDOW = Duration.ofMinutes(1);
  static final Duration KEPT = Duration.ofMinutes(15);

  private final Map<String, URI> services;
  private final URI zipkin;
  private final HttpClient client;
  private final Clock clock;
  private final Map<String, Deque<Snapshot>> scrapes = new LinkedHashMap<>();
  private HttpServer server;
  private java.util.concurrent.ExecutorService handlers;
  private ScheduledExecutorService scheduler;

  /**
   * @param services each service's name and base URL, in display order
   * @param zipkin Zipkin's base URL, or null when traces are not collected
   */
  public Monitor(Map<String, URI> services, URI zipkin, HttpClient client, Clock clock) {
    this.services = new LinkedHashMap<>(services);
    this.zipkin = zipkin;
    this.client = client;
    this.clock = clock;
    services.keySet().forEach(name -> scrapes.put(name, new ArrayDeque<>()));
  }

  /** Starts scraping and serving on loopback at the port; returns the dashboard's URL. */
  public URI start(int port) throws IOException {
    URI page = serve(port);
    scheduler = Executors.newSingleThreadScheduledExecutor(daemon("vitrina-monitor-scrape"));
    scheduler.scheduleWithFixedDelay(
        this::scrapeAll, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    return page;
  }

  /** Serves the page and the API without scraping on a schedule. */
  URI serve(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/", this::handle);
    handlers = Executors.newFixedThreadPool(2, daemon("vitrina-monitor-http"));
    server.setExecutor(handlers);
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() {
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
    if (server != null) {
      server.stop(0);
      handlers.shutdownNow();
    }
  }

  /** Scrapes every service once and forgets what is older than the kept span. */
  void scrapeAll() {
    for (Map.Entry<String, URI> service : services.entrySet()) {
      Snapshot snapshot = scrape(service.getValue());
      synchronized (scrapes) {
        Deque<Snapshot> kept = scrapes.get(service.getKey());
        kept.addLast(snapshot);
        Instant oldest = snapshot.at().minus(KEPT);
        while (!kept.isEmpty() && kept.peekFirst().at().isBefore(oldest)) {
          kept.removeFirst();
        }
      }
    }
  }

  private Snapshot scrape(URI base) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/metrics"))
            .timeout(Duration.ofSeconds(4))
            .header("Accept", "text/plain")
            .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        return Snapshot.failed(clock.instant(), "/metrics answered " + response.statusCode());
      }
      return Snapshot.ok(clock.instant(), PrometheusText.parse(response.body()));
    } catch (IOException e) {
      return Snapshot.failed(
          clock.instant(), "not answering (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Snapshot.failed(clock.instant(), "interrupted");
    }
  }

  /** Every service's view now. */
  List<ServiceView> views() {
    List<ServiceView> views = new ArrayList<>();
    synchronized (scrapes) {
      scrapes.forEach((name, kept) -> views.add(ServiceView.of(name, List.copyOf(kept), WINDOW)));
    }
    return views;
  }

  JsonObject overview() {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (ServiceView view : views()) {
      array.add(Views.json(view, services.get(view.name())));
    }
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("at", clock.instant().toString())
            .add("windowSeconds", WINDOW.toSeconds())
            .add("services", array);
    if (zipkin != null) {
      body.add("zipkin", zipkin.toString());
    }
    return body.build();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (!"GET".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().set("Allow", "GET");
        problem(exchange, 405, "Method not allowed", "The monitor only answers GET.");
        return;
      }
      switch (path) {
        case "/", "/index.html" -> page(exchange);
        case "/api/overview" -> json(exchange, 200, overview().toString());
        case "/api/traces" -> traces(exchange);
        default -> problem(exchange, 404, "Not found", "Nothing at " + path + ".");
      }
    }
  }

  private void traces(HttpExchange exchange) throws IOException {
    String subject = query(exchange.getRequestURI().getRawQuery(), "subject");
    if (zipkin == null) {
      problem(exchange, 503, "Traces are not collected", "This run started no Zipkin.");
      return;
    }
    if (!Traces.isSubject(subject)) {
      problem(
          exchange,
          400,
          "Not an id",
          "subject must be the id of an order, a ticket or a user (letters, digits, '-', '.', ':', '_').");
      return;
    }
    try {
      JsonArray traces = new Traces(zipkin, client).about(subject);
      json(
          exchange,
          200,
          Json.createObjectBuilder()
              .add("subject", subject)
              .add("zipkin", zipkin.toString())
              .add("traces", traces)
              .build()
              .toString());
    } catch (IOException e) {
      problem(exchange, 502, "Zipkin did not answer", e.getMessage());
    }
  }

  static String query(String rawQuery, String name) {
    if (rawQuery == null) {
      return null;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (key.equals(name)) {
        return equals < 0
            ? ""
            : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static void page(HttpExchange exchange) throws IOException {
    try (InputStream in = Monitor.class.getResourceAsStream("index.html")) {
      if (in == null) {
        problem(exchange, 500, "Page missing", "index.html is not in the stack plugin.");
        return;
      }
      byte[] bytes = in.readAllBytes();
      exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      exchange
          .getResponseHeaders()
          .set(
              "Content-Security-Policy",
              "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'");
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      send(exchange, 200, bytes);
    }
  }

  private static void json(HttpExchange exchange, int status, String body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    send(exchange, status, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void problem(HttpExchange exchange, int status, String title, String detail)
      throws IOException {
    String body =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", title)
            .add("status", status)
            .add("detail", detail == null ? title : detail)
            .build()
            .toString();
    exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
    send(exchange, status, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
