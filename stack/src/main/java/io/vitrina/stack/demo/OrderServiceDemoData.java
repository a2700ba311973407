package io.vitrina.stack.demo;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Orders in every status an order rests in (RETURNED passes by between an approved return and its
 * refund) for the first demo customers, made the way a customer and the staff make them: the
 * customer fills the cart and checks out (paying with one of the simulated provider's cards, or not
 * paying yet), cancels some, and the administrator moves the others along. A customer who already
 * has orders is left alone, so a restart places nothing twice.
 */
final class OrderServiceDemoData implements DemoData {
  static final String SERVICE = "order-service";
  static final String APPROVED_CARD = "4242424242424242";
  static final String DECLINED_CARD = "4000000000000002";

  /** How one demo order is made, and the status it ends in. */
  record Scenario(String status, String card, boolean customerCancels, List<String> moves) {}

  private static final List<String> TO_DELIVERED = List.of("FULFILLING", "SHIPPED", "DELIVERED");

  static final List<Scenario> SCENARIOS =
      List.of(
          new Scenario("DELIVERED", APPROVED_CARD, false, TO_DELIVERED),
          new Scenario("PENDING_PAYMENT", null, false, List.of()),
          new Scenario("PAID", APPROVED_CARD, false, List.of()),
          new Scenario("FULFILLING", APPROVED_CARD, false, List.of("FULFILLING")),
          new Scenario("SHIPPED", APPROVED_CARD, false, List.of("FULFILLING", "SHIPPED")),
          new Scenario("CANCELLED", null, true, List.of()),
          new Scenario("PAYMENT_FAILED", DECLINED_CARD, false, List.of()),
          new Scenario("REFUNDED", APPROVED_CARD, true, List.of()),
          new Scenario(
              "RETURN_REQUESTED", APPROVED_CARD, false, with(TO_DELIVERED, "RETURN_REQUESTED")));

  /** The scenarios are dealt out in turn to this many customers. */
  static final int CUSTOMERS = 5;

  private static List<String> with(List<String> moves, String next) {
    List<String> all = new ArrayList<>(moves);
    all.add(next);
    return List.copyOf(all);
  }

  @Override
  public String service() {
    return SERVICE;
  }

  @Override
  public List<String> load(DemoContext context) throws InterruptedException {
    URI orders = context.serviceUrls().get(SERVICE);
    URI catalog = context.serviceUrls().get(CatalogServiceDemoData.SERVICE);
    List<String> summary = new ArrayList<>();
    if (orders == null || catalog == null) {
      return summary;
    }
    DemoApi orderApi = new DemoApi(SERVICE, orders, context);
    List<String> products =
        productsInStock(new DemoApi(CatalogServiceDemoData.SERVICE, catalog, context));
    if (products.size() < 3) {
      summary.add("orders not loaded: the catalog has too few products in stock");
      return summary;
    }
    Optional<String> admin = DemoApi.login(context, context.adminEmail(), context.adminPassword());
    int placed = 0;
    int customers = 0;
    for (int c = 0; c < CUSTOMERS; c++) {
      UserServiceDemoData.Account account = UserServiceDemoData.CUSTOMERS.get(c);
      Optional<String> token = DemoApi.login(context, account.email(), context.demoPassword());
      if (token.isEmpty()) {
        summary.add("orders not loaded: could not log in as " + account.email());
        return summary;
      }
      Optional<Boolean> hasOrders = hasOrders(orderApi, token.get());
      if (hasOrders.isEmpty()) {
        summary.add("orders not loaded: order-service answered unexpectedly (see the warnings)");
        return summary;
      }
      if (hasOrders.get()) {
        continue;
      }
      customers++;
      for (int s = c; s < SCENARIOS.size(); s += CUSTOMERS) {
        Scenario scenario = SCENARIOS.get(s);
        List<String> lines =
            List.of(
                products.get((s * 2) % products.size()),
                products.get((s * 2 + 1) % products.size()));
        if (place(
            orderApi, context, account, token.get(), admin.orElse(null), scenario, lines, s)) {
          placed++;
        }
      }
    }
    if (customers == 0) {
      summary.add("orders: already there (demo customers " + CUSTOMERS + " had orders)");
    } else {
      summary.add(
          "orders: "
              + placed
              + " placed for "
              + customers
              + " customers, one in each of "
              + SCENARIOS.size()
              + " statuses, e.g. "
              + UserServiceDemoData.CUSTOMERS.get(0).email());
    }
    return summary;
  }

  private static List<String> productsInStock(DemoApi catalog) throws InterruptedException {
    List<String> ids = new ArrayList<>();
    Optional<JsonObject> page =
        catalog.sendForObject(
            catalog.get("/api/search?inStock=true&sort=price&size=40", null),
            "search products in stock");
    if (page.isPresent() && page.get().get("items") instanceof JsonArray items) {
      for (JsonValue item : items) {
        if (item instanceof JsonObject product
            && product.get("id") instanceof JsonString id
            && "EUR".equals(text(product, "currency"))) {
          ids.add(id.getString());
        }
      }
    }
    return ids;
  }

  private static Optional<Boolean> hasOrders(DemoApi api, String token)
      throws InterruptedException {
    Optional<HttpResponse<String>> response = api.send(api.get("/api/orders?size=1", token));
    if (response.isEmpty()) {
      return Optional.empty();
    }
    if (response.get().statusCode() != 200) {
      api.unexpected("list orders", response.get());
      return Optional.empty();
    }
    Optional<JsonStructure> body = api.parse(response.get().body());
    if (body.isEmpty()) {
      return Optional.empty();
    }
    JsonStructure json = body.get();
    if (json instanceof JsonArray array) {
      return Optional.of(!array.isEmpty());
    }
    if (json instanceof JsonObject object && object.get("items") instanceof JsonArray items) {
      return Optional.of(!items.isEmpty());
    }
    return Optional.empty();
  }

  private static boolean place(
      DemoApi api,
      DemoContext context,
      UserServiceDemoData.Account account,
      String token,
      String admin,
      Scenario scenario,
      List<String> productIds,
      int number)
      throws InterruptedException {
    for (String productId : productIds) {
      JsonObject quantity = Json.createObjectBuilder().add("quantity", 1 + number % 2).build();
      Optional<HttpResponse<String>> put =
          api.send(api.put("/api/cart/items/" + productId, quantity, token));
      if (put.isEmpty() || put.get().statusCode() != 200) {
        put.ifPresent(r -> api.unexpected("fill the cart of " + account.email(), r));
        return false;
      }
    }
    JsonObjectBuilder checkout =
        Json.createObjectBuilder()
            .add(
                "shippingAddress",
                Json.createObjectBuilder()
                    .add("fullName", account.displayName())
                    .add("line1", "Calle Mayor " + (10 + number))
                    .add("city", "Madrid")
                    .add("postalCode", "28013")
                    .add("country", "ES"));
    if (scenario.card() != null) {
      checkout.add(
          "payment",
          Json.createObjectBuilder()
              .add(
                  "card",
                  Json.createObjectBuilder()
                      .add("number", scenario.card())
                      .add("expiryMonth", 12)
                      .add("expiryYear", 2030)
                      .add("cvc", "123")));
    }
    // The same key on every start: a checkout the previous start did not see through is
    // answered, not repeated.
    String key =
        UUID.nameUUIDFromBytes((account.email() + "#" + number).getBytes(StandardCharsets.UTF_8))
            .toString();
    HttpRequest request =
        HttpRequest.newBuilder(api.post("/api/orders", checkout.build(), token), (n, v) -> true)
            .header("Idempotency-Key", key)
            .build();
    Optional<HttpResponse<String>> response = api.send(request);
    if (response.isEmpty()) {
      return false;
    }
    int status = response.get().statusCode();
    boolean declined = status == 402 && "PAYMENT_FAILED".equals(scenario.status());
    if (status != 201 && status != 200 && !declined) {
      api.unexpected("check out for " + account.email(), response.get());
      return false;
    }
    Optional<String> orderId = declined ? latestOrder(api, token) : orderId(api, response.get());
    if (orderId.isEmpty()) {
      return false;
    }
    String path = "/api/orders/" + orderId.get();
    if (scenario.customerCancels()) {
      JsonObject reason = Json.createObjectBuilder().add("reason", "changed my mind").build();
      return expect(api, api.post(path + "/cancel", reason, token), "cancel " + path);
    }
    for (String move : scenario.moves()) {
      if (admin == null) {
        context.log().warn("Demo data: no administrator token; order " + path + " left as it is");
        return true;
      }
      JsonObject body =
          Json.createObjectBuilder().add("status", move).add("reason", "demo").build();
      if (!expect(api, api.post(path + "/status", body, admin), "move " + path + " to " + move)) {
        return true;
      }
    }
    return true;
  }

  private static Optional<String> orderId(DemoApi api, HttpResponse<String> response) {
    return api.parse(response.body())
        .filter(JsonObject.class::isInstance)
        .map(json -> text((JsonObject) json, "id"));
  }

  private static Optional<String> latestOrder(DemoApi api, String token)
      throws InterruptedException {
    Optional<HttpResponse<String>> response = api.send(api.get("/api/orders?size=1", token));
    if (response.isEmpty() || response.get().statusCode() != 200) {
      return Optional.empty();
    }
    return api.parse(response.get().body())
        .flatMap(
            json -> {
              JsonValue items = json instanceof JsonObject o ? o.get("items") : json;
              if (items instanceof JsonArray array
                  && !array.isEmpty()
                  && array.get(0) instanceof JsonObject order) {
                return Optional.ofNullable(text(order, "id"));
              }
              return Optional.empty();
            });
  }

  private static boolean expect(DemoApi api, HttpRequest request, String action)
      throws InterruptedException {
    Optional<HttpResponse<String>> response = api.send(request);
    if (response.isPresent() && response.get().statusCode() / 100 == 2) {
      return true;
    }
    response.ifPresent(r -> api.unexpected(action, r));
    return false;
  }

  private static String text(JsonObject json, String name) {
    return json.get(name) instanceof JsonString value ? value.getString() : null;
  }
}
