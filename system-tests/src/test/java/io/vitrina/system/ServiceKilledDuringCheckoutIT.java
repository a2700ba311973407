package io.vitrina.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * order-service's JVM is killed (SIGKILL: no clean shutdown) while several customers check out at
 * once, each with an Idempotency-Key of their own, and started again. Whatever step each checkout
 * had reached, it is there once or not at all; the same request with the same key after the restart
 * ends with exactly one order per key; the catalog holds stock for exactly the orders awaiting
 * payment and has sold it for exactly the paid ones, so every committed order's events arrived —
 * including those of transactions Liberty's transaction log had to recover.
 *
 * <p>One kill catches the checkouts at three moments. A third of the customers pay with the card
 * the simulated provider never answers for: their checkouts are sure to be in flight when the JVM
 * dies (order placed, stock held, cart emptied, charge PENDING). A third pay with a card answered
 * at once, and the JVM dies as soon as the first of their orders is seen: one at least dies just
 * after placing it. The last third start just before the kill, so they die at whatever step they
 * reached, most before their order is placed.
 */
class ServiceKilledDuringCheckoutIT {
  /** The simulated provider's card that gets no answer: the charge waits for its timeout. */
  private static final String UNANSWERED_CARD = "4000000000000119";

  private static final int STOCK = 100;
  private static final Duration SETTLE = Duration.ofMinutes(3);

  @AfterEach
  void restore() {
    Switchboard.start("order-service");
    Switchboard.awaitAllReady();
  }

  /** A customer at checkout: what they ordered, with which key and card. */
  private record Shopper(String bearer, String key, int quantity, String card) {}

  /** How a checkout request ended: its status, or -1 when the connection died. */
  private record Attempt(int status, String body) {
    static Attempt of(Shopper shopper) {
      try {
        Response answer = Journey.checkout(shopper.bearer(), shopper.key(), shopper.card());
        return new Attempt(answer.statusCode(), answer.asString());
      } catch (Exception connectionLost) {
        return new Attempt(-1, String.valueOf(connectionLost));
      }
    }

    boolean placedAnOrder() {
      return status == 201 || status == 202 || status == 402;
    }
  }

  /**
   * Whatever step each checkout reached, it is whole or absent, and its retry with the same key
   * gives one order. Among them the narrow window: killed after an order was placed and before the
   * cart was emptied (while catalog-service holds the stock). The order was recorded on the key in
   * the transaction that placed it, so the retry that takes the abandoned key over carries that
   * order on — holds its stock, empties the cart — instead of finding the cart still full and
   * placing a second order.
   */
  @Test
  void shouldLeaveEveryCheckoutWholeOrAbsentAndPlaceOneOrderPerKeyOnRetry() throws Exception {
    String admin = Journey.adminToken();
    String product = Journey.stockedProduct(admin, STOCK);
    List<Shopper> slow = new ArrayList<>();
    List<Shopper> placing = new ArrayList<>();
    List<Shopper> starting = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      slow.add(shopper(product, 1 + i, UNANSWERED_CARD));
      placing.add(shopper(product, 1 + i, Journey.APPROVED_CARD));
      starting.add(shopper(product, 1 + i, Journey.APPROVED_CARD));
    }
    Map<Shopper, Future<Attempt>> inFlight = new LinkedHashMap<>();
    ExecutorService customers = Executors.newFixedThreadPool(9);
    try {
      slow.forEach(s -> inFlight.put(s, customers.submit(() -> Attempt.of(s))));
      // The slow ones have placed their orders and wait for the provider.
      await()
          .atMost(SETTLE)
          .pollInterval(Duration.ofMillis(200))
          .until(
              () ->
                  slow.stream()
                      .allMatch(
                          s -> inFlight.get(s).isDone() || Journey.orderCount(s.bearer()) > 0));
      placing.forEach(s -> inFlight.put(s, customers.submit(() -> Attempt.of(s))));
      await()
          .atMost(SETTLE)
          .pollInterval(Duration.ofMillis(10))
          .until(
              () ->
                  placing.stream().anyMatch(s -> Journey.orderCount(s.bearer()) > 0)
                      || placing.stream().allMatch(s -> inFlight.get(s).isDone()));
      starting.forEach(s -> inFlight.put(s, customers.submit(() -> Attempt.of(s))));
      Switchboard.kill("order-service");

      Map<Shopper, Attempt> first = new LinkedHashMap<>();
      for (Map.Entry<Shopper, Future<Attempt>> attempt : inFlight.entrySet()) {
        first.put(attempt.getKey(), attempt.getValue().get());
      }
      Switchboard.start("order-service");

      // Whole or absent: never two orders, and an answered checkout is there.
      for (Map.Entry<Shopper, Attempt> attempt : first.entrySet()) {
        int orders = Journey.orderCount(attempt.getKey().bearer());
        assertTrue(orders <= 1, orders + " orders after " + attempt.getValue());
        if (attempt.getValue().placedAnOrder()) {
          assertEquals(1, orders, "answered " + attempt.getValue() + " but no order");
        }
      }

      // The same request with the same key: once the abandoned first request is taken over (or
      // answered again), exactly one order per key.
      for (Shopper shopper : first.keySet()) {
        Attempt retried =
            await()
                .atMost(SETTLE)
                .pollInterval(Duration.ofSeconds(3))
                .until(() -> Attempt.of(shopper), ServiceKilledDuringCheckoutIT::settled);
        assertEquals(
            1,
            Journey.orderCount(shopper.bearer()),
            "one order for key "
                + shopper.key()
                + ": first "
                + first.get(shopper)
                + ", retry "
                + retried);
      }
    } finally {
      customers.shutdownNow();
    }

    // Stock held for exactly the orders awaiting payment, sold for exactly the paid ones: the
    // order.paid of every committed payment reached the catalog, none twice.
    List<Shopper> everyone = new ArrayList<>(slow);
    everyone.addAll(placing);
    everyone.addAll(starting);
    await()
        .atMost(SETTLE)
        .pollInterval(Duration.ofSeconds(2))
        .untilAsserted(
            () -> {
              int held = 0;
              int sold = 0;
              for (Shopper shopper : everyone) {
                Response order = onlyOrder(shopper);
                String status = order.path("status");
                String reservation = reservationStatus(admin, order.path("id"));
                switch (status) {
                  case "PENDING_PAYMENT" -> {
                    held += shopper.quantity();
                    assertEquals("HELD", reservation, order.asString());
                  }
                  case "PAID" -> {
                    sold += shopper.quantity();
                    assertEquals("COMMITTED", reservation, order.asString());
                  }
                  default ->
                      assertTrue(
                          !"HELD".equals(reservation) && !"COMMITTED".equals(reservation),
                          "nothing held or sold for " + order.asString());
                }
              }
              int[] inventory = Journey.inventory(admin, product);
              assertEquals(STOCK - sold, inventory[0], "on hand");
              assertEquals(held, inventory[1], "reserved");
            });
  }

  /** Not "still in progress" (409) nor "cannot answer now" (503). */
  private static boolean settled(Attempt attempt) {
    return attempt.status() != -1 && attempt.status() != 409 && attempt.status() != 503;
  }

  private static Shopper shopper(String product, int quantity, String card) {
    String bearer = Journey.newCustomer();
    Journey.addToCart(bearer, product, quantity);
    return new Shopper(bearer, Journey.unique(), quantity, card);
  }

  private static Response onlyOrder(Shopper shopper) {
    Response orders =
        given()
            .baseUri(Journey.ORDERS)
            .header("Authorization", shopper.bearer())
            .get("/api/orders");
    orders.then().statusCode(200);
    List<String> ids = orders.path("items.id");
    assertEquals(1, ids.size(), orders.asString());
    return Journey.order(shopper.bearer(), ids.get(0));
  }

  /** The catalog's reservation of the order: HELD, COMMITTED, RELEASED, EXPIRED, or NONE. */
  private static String reservationStatus(String admin, String orderId) {
    Response reservation =
        given()
            .baseUri(Journey.CATALOG)
            .header("Authorization", admin)
            .get("/api/reservations/" + orderId);
    if (reservation.statusCode() == 404) {
      return "NONE";
    }
    reservation.then().statusCode(200);
    return reservation.path("status");
  }
}
