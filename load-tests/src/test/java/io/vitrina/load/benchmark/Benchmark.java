package io.vitrina.load.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Measures the read paths of catalog-service against the ceiling, a bare Liberty JSON endpoint on
 * the same machine, and order-service's checkout against its own ceiling, a plain JDBC
 * insert-and-commit loop on the same database, in one run, and writes the report to {@code
 * target/benchmark/}. The ceiling is measured first and last; the report shows both, and the ratios
 * use their mean, so that a machine that got busier during the run shows in the report rather than
 * in the ratios.
 *
 * <p>System properties: {@code vitrina.users.url}, {@code vitrina.catalog.url}, {@code
 * vitrina.ceiling.url}, {@code vitrina.admin.email}, {@code vitrina.admin.password}, and optionally
 * {@code vitrina.orders.url} (no checkout without it), {@code bench.db.url}, {@code bench.db.user}
 * and {@code bench.db.password} (the scratch schema of the JDBC loop; none without them), {@code
 * bench.scenarios} (product,search,listing,checkout), {@code bench.clients} (8), {@code
 * bench.warmup} (PT10S), {@code bench.duration} (PT20S), {@code bench.products} (300), {@code
 * bench.report.dir} (target/benchmark).
 */
public final class Benchmark {

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    URI users = URI.create(required("vitrina.users.url"));
    URI catalog = URI.create(required("vitrina.catalog.url"));
    URI ceiling = URI.create(required("vitrina.ceiling.url"));
    String orders = System.getProperty("vitrina.orders.url", "");
    int clients = Integer.getInteger("bench.clients", 8);
    Duration warmUp = Duration.parse(System.getProperty("bench.warmup", "PT10S"));
    Duration measured = Duration.parse(System.getProperty("bench.duration", "PT20S"));
    int products = Integer.getInteger("bench.products", 300);
    Set<String> scenarios =
        Set.of(System.getProperty("bench.scenarios", String.join(",", SCENARIOS)).split(","));
    Path reportDir = Path.of(System.getProperty("bench.report.dir", "target/benchmark"));

    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String token =
        login(http, users, required("vitrina.admin.email"), required("vitrina.admin.password"));
    String runId = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    System.out.printf("Seeding %d products in catalog-service...%n", products);
    CatalogSeed.Seeded seeded = new CatalogSeed(http, catalog, token).create(products, runId);
    List<String> ids = seeded.productIds();

    LoadRunner runner = new LoadRunner(http, clients, warmUp, measured);
    List<LatencyStats> results = new ArrayList<>();
    results.add(
        measure(
            runner,
            "ceiling (first)",
            random -> ceiling.resolve("/api/products/" + ids.get(random.nextInt(ids.size())))));
    if (scenarios.contains("product")) {
      results.add(
          measure(
              runner,
              "product read",
              random -> catalog.resolve("/api/products/" + ids.get(random.nextInt(ids.size())))));
    }
    if (scenarios.contains("search")) {
      results.add(
          measure(
              runner,
              "search",
              random ->
                  catalog.resolve(
                      "/api/search?size=20&q="
                          + CatalogSeed.WORDS.get(random.nextInt(CatalogSeed.WORDS.size())))));
    }
    if (scenarios.contains("listing")) {
      results.add(
          measure(
              runner,
              "category listing",
              random ->
                  catalog.resolve(
                      "/api/categories/"
                          + seeded.categoryId()
                          + "/products?size=20&page="
                          + random.nextInt(Math.max(1, ids.size() / 20)))));
    }

    CheckoutReport checkout = null;
    if (scenarios.contains("checkout")) {
      checkout = checkout(runner, http, users, orders, ids, runId);
    }

    results.add(
        measure(
            runner,
            "ceiling (last)",
            random -> ceiling.resolve("/api/products/" + ids.get(random.nextInt(ids.size())))));

    String report =
        BenchmarkReport.markdown(results, clients, warmUp, measured, products, Instant.now())
            + (checkout == null ? "" : checkout.markdown());
    Files.createDirectories(reportDir);
    Files.writeString(reportDir.resolve("report.md"), report, StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(report);
    System.out.println("Report: " + reportDir.resolve("report.md").toAbsolutePath());
  }

  /** The scenarios, for {@code bench.scenarios}; the ceiling always runs first and last. */
  static final List<String> SCENARIOS = List.of("product", "search", "listing", "checkout");

  /**
   * The checkout next to its ceiling, a plain JDBC insert-and-commit loop in the same database. A
   * checkout that order-service does not offer (yet) is reported as not available, not as a failure
   * of the run.
   */
  private static CheckoutReport checkout(
      LoadRunner runner, HttpClient http, URI users, String orders, List<String> ids, String runId)
      throws Exception {
    LatencyStats commits = null;
    String dbUrl = System.getProperty("bench.db.url", "");
    if (!dbUrl.isBlank()) {
      try (JdbcCommitLoop loop =
          new JdbcCommitLoop(
              dbUrl, required("bench.db.user"), System.getProperty("bench.db.password", ""))) {
        loop.createTables();
        commits =
            measureClients(runner, "plain JDBC insert-and-commit loop", client -> loop.client());
      }
    }
    if (orders.isBlank()) {
      return new CheckoutReport(commits, null, "order-service was not started");
    }
    Checkout checkout = new Checkout(http, users, URI.create(orders), ids);
    System.out.printf("Signing up %d buyers...%n", runner.clients());
    List<String> buyers = checkout.buyers(runner.clients(), runId);
    Optional<String> unavailable = checkout.unavailable(buyers.get(0));
    if (unavailable.isPresent()) {
      System.out.println("Checkout not available: " + unavailable.get());
      return new CheckoutReport(commits, null, unavailable.get());
    }
    LatencyStats checkouts =
        measureClients(runner, "checkout", client -> checkout.client(buyers.get(client)));
    return new CheckoutReport(commits, checkouts, null);
  }

  private static LatencyStats measureClients(
      LoadRunner runner, String scenario, IntFunction<LoadRunner.Operation> clients)
      throws InterruptedException {
    System.out.printf(Locale.ROOT, "Measuring %s...%n", scenario);
    return printed(runner.runClients(scenario, clients));
  }

  private static LatencyStats measure(
      LoadRunner runner,
      String scenario,
      java.util.function.Function<java.util.concurrent.ThreadLocalRandom, URI> requests)
      throws InterruptedException {
    System.out.printf(Locale.ROOT, "Measuring %s...%n", scenario);
    return printed(runner.run(scenario, requests));
  }

  private static LatencyStats printed(LatencyStats stats) {
    System.out.printf(
        Locale.ROOT,
        "  %.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors%n",
        stats.throughput(),
        stats.p50Millis(),
        stats.p99Millis(),
        stats.errors());
    return stats;
  }

  static String login(HttpClient http, URI users, String email, String password)
      throws IOException, InterruptedException {
    String body =
        Json.createObjectBuilder().add("email", email).add("password", password).build().toString();
    HttpRequest request =
        HttpRequest.newBuilder(users.resolve("/api/auth/login"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("login as " + email + ": HTTP " + response.statusCode());
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject().getString("accessToken");
    }
  }

  private static String required(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("system property " + name + " is required");
    }
    return value;
  }
}
