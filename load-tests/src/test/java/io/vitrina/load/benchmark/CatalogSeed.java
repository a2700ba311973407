package io.vitrina.load.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The catalog the benchmark reads: one category and a few hundred active, stocked products whose
 * names and descriptions draw on a small vocabulary, so that searches find tens of matches.
 */
final class CatalogSeed {
  static final List<String> WORDS =
      List.of(
          "lamp",
          "kettle",
          "jacket",
          "backpack",
          "speaker",
          "novel",
          "helmet",
          "sneaker",
          "camera",
          "blender",
          "sweater",
          "tent",
          "laptop",
          "mat",
          "pan",
          "chair");
  private static final List<String> QUALITIES =
      List.of("waterproof", "compact", "wireless", "organic", "classic", "premium", "lightweight");

  private final HttpClient http;
  private final URI catalog;
  private final String token;

  CatalogSeed(HttpClient http, URI catalog, String token) {
    this.http = http;
    this.catalog = catalog;
    this.token = token;
  }

  /** What was created: the category and its products' ids. */
  record Seeded(String categoryId, List<String> productIds) {}

  /** Creates the category and its products. */
  Seeded create(int products, String runId) throws IOException, InterruptedException {
    String slug = "benchmark-" + runId;
    String categoryId =
        post(
                "/api/categories",
                Json.createObjectBuilder()
                    .add("name", "Benchmark " + runId)
                    .add("slug", slug)
                    .build())
            .getString("id");
    Random random = new Random(42);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < products; i++) {
      String word = WORDS.get(i % WORDS.size());
      String quality = QUALITIES.get(random.nextInt(QUALITIES.size()));
      JsonObject product =
          Json.createObjectBuilder()
              .add("sku", ("B" + runId + "-" + i).toUpperCase())
              .add("name", capitalise(quality) + " " + word + " " + (i + 1))
              .add(
                  "description",
                  "A "
                      + quality
                      + " "
                      + word
                      + " for everyday use, with a two-year warranty and free returns.")
              .add("price", 5 + random.nextInt(500) + 0.99)
              .add("currency", "EUR")
              .add("categoryId", categoryId)
              .add("attributes", Json.createObjectBuilder().add("quality", quality))
              .add("status", "ACTIVE")
              .build();
      String id = post("/api/products", product).getString("id");
      post(
          "/api/products/" + id + "/inventory/adjustments",
          Json.createObjectBuilder().add("delta", 1000).add("reason", "Benchmark stock").build());
      ids.add(id);
    }
    return new Seeded(categoryId, ids);
  }

  private JsonObject post(String path, JsonObject body) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(catalog.resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IOException(
          "POST " + path + ": HTTP " + response.statusCode() + " " + response.body());
    }
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  private static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
