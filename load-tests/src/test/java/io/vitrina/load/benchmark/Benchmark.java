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

/**
 * Measures the read paths of catalog-service against the ceiling, a bare Liberty JSON endpoint on
 * the same machine, in one run, and writes the report to {@code target/benchmark/}. The ceiling is
 * measured first and last; the report shows both, and the ratios use their mean, so that a machine
 * that got busier during the run shows in the report rather than in the ratios.
 *
 * <p>System properties: {@code vitrina.users.url}, {@code vitrina.catalog.url}, {@code
 * vitrina.ceiling.url}, {@code vitrina.admin.email}, {@code vitrina.admin.password}, and optionally
 * {@code bench.clients} (8), {@code bench.warmup} (PT10S), {@code bench.duration} (PT20S), {@code
 * bench.products} (300), {@code bench.report.dir} (target/benchmark).
 */
public final class Benchmark {

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    URI users = URI.create(required("vitrina.users.url"));
    URI catalog = URI.create(required("vitrina.catalog.url"));
    URI ceiling = URI.create(required("vitrina.ceiling.url"));
    int clients = Integer.getInteger("bench.clients", 8);
    Duration warmUp = Duration.parse(System.getProperty("bench.warmup", "PT10S"));
    Duration measured = Duration.parse(System.getProperty("bench.duration", "PT20S"));
    int products = Integer.getInteger("bench.products", 300);
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
    results.add(
        measure(
            runner,
            "product read",
            random -> catalog.resolve("/api/products/" + ids.get(random.nextInt(ids.size())))));
    results.add(
        measure(
            runner,
            "search",
            random ->
                catalog.resolve(
                    "/api/search?size=20&q="
                        + CatalogSeed.WORDS.get(random.nextInt(CatalogSeed.WORDS.size())))));
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
    results.add(
        measure(
            runner,
            "ceiling (last)",
            random -> ceiling.resolve("/api/products/" + ids.get(random.nextInt(ids.size())))));

    String report =
        BenchmarkReport.markdown(results, clients, warmUp, measured, products, Instant.now());
    Files.createDirectories(reportDir);
    Files.writeString(reportDir.resolve("report.md"), report, StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(report);
    System.out.println("Report: " + reportDir.resolve("report.md").toAbsolutePath());
  }

  private static LatencyStats measure(
      LoadRunner runner,
      String scenario,
      java.util.function.Function<java.util.concurrent.ThreadLocalRandom, URI> requests)
      throws InterruptedException {
    System.out.printf(Locale.ROOT, "Measuring %s...%n", scenario);
    LatencyStats stats = runner.run(scenario, requests);
    System.out.printf(
        Locale.ROOT,
        "  %.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors%n",
        stats.throughput(),
        stats.p50Millis(),
        stats.p99Millis(),
        stats.errors());
    return stats;
  }

  private static String login(HttpClient http, URI users, String email, String password)
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
