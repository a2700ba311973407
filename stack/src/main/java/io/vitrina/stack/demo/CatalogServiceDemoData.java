package io.vitrina.stack.demo;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A shop's catalog in catalog-service: a two-level category tree, about three hundred active
 * products with attributes, stock (some low, some sold out) and a picture each. Products are
 * recognised by SKU, so a second start loads nothing twice.
 */
final class CatalogServiceDemoData implements DemoData {
  static final String SERVICE = "catalog-service";
  private static final int WORKERS = 4;

  private volatile boolean picturesAccepted = true;

  @Override
  public String service() {
    return SERVICE;
  }

  @Override
  public List<String> load(DemoContext context) throws InterruptedException {
    URI base = context.serviceUrls().get(SERVICE);
    List<String> summary = new ArrayList<>();
    if (base == null) {
      return summary;
    }
    Optional<String> token = DemoApi.login(context, context.adminEmail(), context.adminPassword());
    if (token.isEmpty()) {
      summary.add("catalog not loaded: no administrator token from user-service");
      return summary;
    }
    DemoApi api = new DemoApi(SERVICE, base, context);
    Map<String, String> categoryIds = new HashMap<>();
    for (DemoCatalog.Department department : DemoCatalog.DEPARTMENTS) {
      Optional<String> parent =
          ensureCategory(api, token.get(), department.name(), department.slug(), null);
      if (parent.isEmpty()) {
        summary.add(
            "catalog not loaded: catalog-service refused a category (see the warning above)");
        return summary;
      }
      for (DemoCatalog.Shelf shelf : department.shelves()) {
        Optional<String> id =
            ensureCategory(api, token.get(), shelf.name(), shelf.slug(), parent.get());
        if (id.isEmpty()) {
          summary.add(
              "catalog not loaded: catalog-service refused a category (see the warning above)");
          return summary;
        }
        categoryIds.put(shelf.slug(), id.get());
      }
    }
    List<DemoCatalog.Item> items = DemoCatalog.items();
    AtomicInteger created = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (DemoCatalog.Item item : items) {
        futures.add(
            workers.submit(
                () -> {
                  switch (ensureProduct(api, token.get(), item, categoryIds.get(item.shelf()))) {
                    case CREATED -> created.incrementAndGet();
                    case EXISTS -> {}
                    case FAILED -> failed.incrementAndGet();
                  }
                  return null;
                }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (ExecutionException e) {
      context.log().warn("Demo data: loading the catalog failed: " + e.getCause());
    } finally {
      workers.shutdownNow();
    }
    long categories = DemoCatalog.DEPARTMENTS.stream().mapToLong(d -> 1 + d.shelves().size()).sum();
    summary.add(
        items.size()
            + " products in "
            + categories
            + " categories ("
            + created.get()
            + " new"
            + (failed.get() > 0 ? ", " + failed.get() + " refused: see the warnings" : "")
            + "), e.g. "
            + base.resolve("/api/categories"));
    return summary;
  }

  private Optional<String> ensureCategory(
      DemoApi api, String token, String name, String slug, String parentId)
      throws InterruptedException {
    Optional<String> existing = findCategory(api, slug, parentId);
    if (existing.isPresent()) {
      return existing;
    }
    JsonObjectBuilder body = Json.createObjectBuilder().add("name", name).add("slug", slug);
    if (parentId != null) {
      body.add("parentId", parentId);
    }
    return api.sendForObject(
            api.post("/api/categories", body.build(), token), "create category " + slug)
        .map(json -> json.getString("id", null));
  }

  private Optional<String> findCategory(DemoApi api, String slug, String parentId)
      throws InterruptedException {
    Optional<HttpResponse<String>> response = api.send(api.get("/api/categories", null));
    if (response.isEmpty() || response.get().statusCode() != 200) {
      return Optional.empty();
    }
    Optional<JsonArray> roots =
        api.parse(response.get().body())
            .filter(JsonArray.class::isInstance)
            .map(v -> (JsonArray) v);
    if (roots.isEmpty()) {
      return Optional.empty();
    }
    JsonArray level = roots.get();
    if (parentId != null) {
      level = childrenOf(level, parentId);
    }
    for (JsonValue node : level) {
      if (node instanceof JsonObject category && slug.equals(category.getString("slug", ""))) {
        return Optional.of(category.getString("id"));
      }
    }
    return Optional.empty();
  }

  private static JsonArray childrenOf(JsonArray nodes, String id) {
    for (JsonValue node : nodes) {
      if (node instanceof JsonObject category) {
        if (id.equals(category.getString("id", ""))
            && category.get("children") instanceof JsonArray children) {
          return children;
        }
        if (category.get("children") instanceof JsonArray children) {
          JsonArray found = childrenOf(children, id);
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
    }
    return JsonValue.EMPTY_JSON_ARRAY;
  }

  enum Outcome {
    CREATED,
    EXISTS,
    FAILED
  }

  private Outcome ensureProduct(DemoApi api, String token, DemoCatalog.Item item, String categoryId)
      throws InterruptedException {
    String bySku = "/api/products?sku=" + URLEncoder.encode(item.sku(), StandardCharsets.UTF_8);
    Optional<HttpResponse<String>> existing = api.send(api.get(bySku, token));
    if (existing.isEmpty()) {
      return Outcome.FAILED;
    }
    if (existing.get().statusCode() == 200) {
      return Outcome.EXISTS;
    }
    JsonObjectBuilder attributes = Json.createObjectBuilder();
    item.attributes().forEach(attributes::add);
    JsonObject product =
        Json.createObjectBuilder()
            .add("sku", item.sku())
            .add("name", item.name())
            .add("description", item.description())
            .add("price", item.price())
            .add("currency", "EUR")
            .add("categoryId", categoryId)
            .add("attributes", attributes)
            .add("status", "ACTIVE")
            .add("lowStockThreshold", 5)
            .build();
    Optional<String> id =
        api.sendForObject(api.post("/api/products", product, token), "create product " + item.sku())
            .map(json -> json.get("id"))
            .filter(JsonString.class::isInstance)
            .map(value -> ((JsonString) value).getString());
    if (id.isEmpty()) {
      return Outcome.FAILED;
    }
    if (item.stock() > 0) {
      JsonObject adjustment =
          Json.createObjectBuilder()
              .add("delta", item.stock())
              .add("reason", "Opening stock")
              .build();
      String path = "/api/products/" + id.get() + "/inventory/adjustments";
      if (api.sendForObject(api.post(path, adjustment, token), "stock " + item.sku()).isEmpty()) {
        return Outcome.FAILED;
      }
    }
    if (!picturesAccepted) {
      return Outcome.CREATED;
    }
    byte[] picture = DemoPictures.png(item.hue(), item.sku().hashCode());
    Optional<HttpResponse<String>> upload =
        api.send(
            api.postFile(
                "/api/products/" + id.get() + "/images",
                "file",
                item.sku().toLowerCase() + ".png",
                "image/png",
                picture,
                token));
    if (upload.isPresent() && upload.get().statusCode() / 100 != 2) {
      api.unexpected("upload the picture of " + item.sku(), upload.get());
      // A service without the images endpoint refuses every picture: one warning is enough.
      picturesAccepted = upload.get().statusCode() != 404 && upload.get().statusCode() != 405;
    }
    return Outcome.CREATED;
  }
}
