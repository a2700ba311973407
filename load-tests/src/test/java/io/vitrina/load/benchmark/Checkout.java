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
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Checkout as customers do it, against order-service's REST contract: each virtual buyer is a
 * customer registered and signed in at user-service; one checkout puts 1 to 3 products of the
 * seeded catalog in the cart ({@code PUT /api/cart/items/{productId}}, quantity 1) and places the
 * order ({@code POST /api/orders} with an {@code Idempotency-Key} and a card the simulated payment
 * provider approves), which must answer 201 with status PAID. The latency recorded is the order
 * request's alone; the rate counts whole checkouts, cart included.
 */
final class Checkout {

  static final String PASSWORD = "Correct-Horse-9-Battery";

  private static final String ORDER =
      Json.createObjectBuilder()
          .add(
              "shippingAddress",
              Json.createObjectBuilder()
                  .add("fullName", "Benchmark Buyer")
                  .add("line1", "Calle Mayor 1")
                  .add("city", "Madrid")
                  .add("postalCode", "28013")
                  .add("country", "ES"))
          .add(
              "payment",
              Json.createObjectBuilder()
                  .add(
                      "card",
                      Json.createObjectBuilder()
                          .add("number", "4242424242424242")
                          .add("expiryMonth", 12)
                          .add("expiryYear", 2030)
                          .add("cvc", "123")))
          .build()
          .toString();

  private final HttpClient http;
  private final URI users;
  private final URI orders;
  private final List<String> productIds;

  Checkout(HttpClient http, URI users, URI orders, List<String> productIds) {
    this.http = http;
    this.users = users;
    this.orders = orders;
    this.productIds = List.copyOf(productIds);
  }

  /** Registers and signs in {@code count} new customers; their bearer headers. */
  List<String> buyers(int count, String runId) throws IOException, InterruptedException {
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String email = "buyer-" + runId + "-" + i + "@benchmark.test";
      JsonObject account =
          Json.createObjectBuilder()
              .add("email", email)
              .add("password", PASSWORD)
              .add("displayName", "Benchmark buyer " + i)
              .build();
      HttpResponse<String> registered = post(users.resolve("/api/auth/register"), null, account);
      if (registered.statusCode() != 201) {
        throw new IOException("register " + email + ": HTTP " + registered.statusCode());
      }
      tokens.add("Bearer " + Benchmark.login(http, users, email, PASSWORD));
    }
    return tokens;
  }

  /**
   * Places one order as a probe: empty when checkout works, else why not (the endpoint is missing,
   * or answers something other than a paid order).
   */
  Optional<String> unavailable(String buyer) throws IOException, InterruptedException {
    HttpResponse<String> cart = putInCart(buyer, productIds.get(0));
    if (cart.statusCode() != 200) {
      return Optional.of("PUT /api/cart/items answered HTTP " + cart.statusCode());
    }
    HttpResponse<String> placed = placeOrder(buyer);
    if (placed.statusCode() == 201 && isPaid(placed.body())) {
      return Optional.empty();
    }
    return Optional.of(
        "POST /api/orders answered HTTP "
            + placed.statusCode()
            + (placed.statusCode() == 201 ? " without status PAID" : ""));
  }

  /** One buyer's loop body. */
  LoadRunner.Operation client(String buyer) {
    return random -> {
      long began = System.nanoTime();
      for (String productId : pick(random)) {
        if (putInCart(buyer, productId).statusCode() != 200) {
          return new LoadRunner.Outcome(false, System.nanoTime() - began);
        }
      }
      long sent = System.nanoTime();
      HttpResponse<String> placed = placeOrder(buyer);
      return new LoadRunner.Outcome(
          placed.statusCode() == 201 && isPaid(placed.body()), System.nanoTime() - sent);
    };
  }

  private List<String> pick(ThreadLocalRandom random) {
    List<String> shuffled = new ArrayList<>(productIds);
    Collections.shuffle(shuffled, random);
    return shuffled.subList(0, 1 + random.nextInt(Math.min(3, shuffled.size())));
  }

  private HttpResponse<String> putInCart(String buyer, String productId)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(orders.resolve("/api/cart/items/" + productId))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", buyer)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString("{\"quantity\":1}"))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> placeOrder(String buyer) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(orders.resolve("/api/orders"))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", buyer)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .POST(HttpRequest.BodyPublishers.ofString(ORDER))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(URI uri, String token, JsonObject body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (token != null) {
      request.header("Authorization", token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static boolean isPaid(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return "PAID".equals(reader.readObject().getString("status", null));
    } catch (RuntimeException e) {
      return false;
    }
  }
}
