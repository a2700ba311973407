package io.vitrina.support.it;

import static io.vitrina.support.it.Tickets.anonymous;
import static io.vitrina.support.it.Tickets.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Customers rate products of their delivered orders; staff read the aggregates per product. The
 * orders reach support-service as order-service's events on the real broker (order-service itself
 * is not running, so they are checked against the read model).
 */
@MicroShedTest
class FeedbackIT {

  private Upstream upstream;

  @BeforeEach
  void connect() {
    upstream = new Upstream();
  }

  @AfterEach
  void close() {
    upstream.close();
  }

  /** A delivered order of the customer with one unit of each product; its id. */
  private String deliveredOrder(String customer, String... products) {
    String orderId = UUID.randomUUID().toString();
    Map<String, Integer> units = new LinkedHashMap<>();
    for (String product : products) {
      units.put(product, 1);
    }
    upstream.delivered(
        orderId, Tokens.userId(customer), units, Upstream.now().minus(Duration.ofDays(1)));
    return orderId;
  }

  /** Posts the rating once the read model knows the order (503 until then). */
  private static Response post(String customer, String body) {
    return postUntil(customer, body, List.of(503));
  }

  /**
   * Posts the rating of a delivered order once the read model knows it delivered: its events are
   * applied one by one, and until the last one the order is not delivered yet (409).
   */
  private static Response postDelivered(String customer, String body) {
    return postUntil(customer, body, List.of(503, 409));
  }

  private static Response postUntil(String customer, String body, List<Integer> notYet) {
    return Tickets.postUntil(
        customer, "/api/feedback/ratings", body, r -> notYet.contains(r.statusCode()));
  }

  private static String rating(String orderId, String productId, Object rating, String comment) {
    return "{\"orderId\":\""
        + orderId
        + "\",\"productId\":\""
        + productId
        + "\",\"rating\":"
        + rating
        + (comment == null ? "" : ",\"comment\":\"" + comment + "\"")
        + "}";
  }

  private static String rate(String customer, String orderId, String productId, int rating) {
    return postDelivered(customer, rating(orderId, productId, rating, "Rated in a test"))
        .then()
        .statusCode(201)
        .extract()
        .path("ticketId");
  }

  @Test
  void shouldOpenAFeedbackTicketAndCountTheRatingOnce() {
    String customer = Tokens.customer();
    String product = UUID.randomUUID().toString();
    String order = deliveredOrder(customer, product);

    String location =
        postDelivered(
                customer, rating(order, product, 2, "Arrived scratched <script>alert(1)</script>"))
            .then()
            .statusCode(201)
            .body("rating", equalTo(2))
            .body("orderId", equalTo(order))
            .body("productId", equalTo(product))
            .extract()
            .header("Location");
    String ticketId = location.substring(location.lastIndexOf('/') + 1);

    // The ticket carries the comment exactly as written, as a JSON string; a poor rating is
    // answered with NORMAL priority.
    as(customer)
        .get("/api/tickets/" + ticketId)
        .then()
        .statusCode(200)
        .body("type", equalTo("FEEDBACK"))
        .body("subject", equalTo("Rated 2 of 5"))
        .body("body", equalTo("Arrived scratched <script>alert(1)</script>"))
        .body("priority", equalTo("NORMAL"))
        .body("orderId", equalTo(order))
        .body("productId", equalTo(product));
    as(Tokens.agent())
        .queryParam("type", "FEEDBACK")
        .queryParam("sort", "-opened")
        .queryParam("size", 100)
        .get("/api/tickets")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(ticketId));

    as(customer)
        .contentType(ContentType.JSON)
        .body(rating(order, product, 5, "Changed my mind"))
        .post("/api/feedback/ratings")
        .then()
        .statusCode(409)
        .contentType(startsWith("application/problem+json"))
        .body(
            "detail",
            equalTo("You rated this product of this order already (ticket " + ticketId + ")."));

    as(Tokens.promoted("catalog-admin"))
        .get("/api/feedback/products/" + product)
        .then()
        .statusCode(200)
        .body("summary.ratings", equalTo(1))
        .body("summary.distribution", equalTo(List.of(0, 1, 0, 0, 0)))
        .body("latest.size()", equalTo(1))
        .body("latest[0].ticketId", equalTo(ticketId))
        .body("latest[0].comment", equalTo("Arrived scratched <script>alert(1)</script>"))
        .body("latest[0].customerId", nullValue());
  }

  @Test
  void shouldAggregateRatingsOfSeveralCustomersPerProduct() {
    String product = UUID.randomUUID().toString();
    String other = UUID.randomUUID().toString();
    int[] ratings = {5, 4, 4, 1};
    for (int value : ratings) {
      String customer = Tokens.customer();
      rate(customer, deliveredOrder(customer, product), product, value);
    }
    String customer = Tokens.customer();
    rate(customer, deliveredOrder(customer, other), other, 3);

    JsonPath summary =
        as(Tokens.agent())
            .get("/api/feedback/products/" + product)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(4, summary.getInt("summary.ratings"));
    // (5 + 4 + 4 + 1) / 4 = 3.5
    assertEquals(3.5, summary.getDouble("summary.average"), 1e-9);
    assertEquals(List.of(1, 0, 0, 2, 1), summary.getList("summary.distribution"));
    assertEquals(4, summary.getList("latest").size());

    // Every rated product is listed once; the page holds the two products of this test.
    JsonPath page =
        as(Tokens.admin())
            .queryParam("size", 100)
            .queryParam("sort", "-rated")
            .get("/api/feedback/products")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> listed = page.getList("items.productId");
    assertEquals(1, listed.stream().filter(product::equals).count());
    assertEquals(1, listed.stream().filter(other::equals).count());
    assertEquals(listed.size(), listed.stream().distinct().count());
  }

  @Test
  void shouldShowAnUnratedProductWithoutRatings() {
    as(Tokens.agent())
        .get("/api/feedback/products/" + UUID.randomUUID())
        .then()
        .statusCode(200)
        .body("summary.ratings", equalTo(0))
        .body("summary.average", nullValue())
        .body("latest.size()", equalTo(0));
  }

  @Test
  void shouldRefuseInvalidRatingsWithProblems() {
    String customer = Tokens.customer();
    String order = UUID.randomUUID().toString();
    String product = UUID.randomUUID().toString();
    for (String body :
        List.of(
            rating(order, product, 0, null),
            rating(order, product, 6, null),
            rating(order, product, "\"five\"", null),
            rating("not-a-uuid", product, 3, null),
            rating(order, "../../etc", 3, null),
            "{\"orderId\":\"" + order + "\",\"rating\":3}",
            "{\"rating\":",
            rating(order, product, 3, "x".repeat(10_001)))) {
      as(customer)
          .contentType(ContentType.JSON)
          .body(body)
          .post("/api/feedback/ratings")
          .then()
          .statusCode(400)
          .contentType(startsWith("application/problem+json"));
    }
    // Nothing was counted.
    as(Tokens.agent())
        .get("/api/feedback/products/" + product)
        .then()
        .statusCode(200)
        .body("summary.ratings", equalTo(0));
  }

  @Test
  void shouldLetOnlyCustomersRateAndOnlyStaffReadTheAggregates() {
    String product = UUID.randomUUID().toString();
    anonymous()
        .contentType(ContentType.JSON)
        .body(rating(UUID.randomUUID().toString(), product, 3, null))
        .post("/api/feedback/ratings")
        .then()
        .statusCode(401);
    as(Tokens.agent())
        .contentType(ContentType.JSON)
        .body(rating(UUID.randomUUID().toString(), product, 3, null))
        .post("/api/feedback/ratings")
        .then()
        .statusCode(403);
    as(Tokens.customer()).get("/api/feedback/products/" + product).then().statusCode(403);
    as(Tokens.customer()).get("/api/feedback/products").then().statusCode(403);
    anonymous().get("/api/feedback/products").then().statusCode(401);
    as(Tokens.agent())
        .queryParam("sort", "price")
        .get("/api/feedback/products")
        .then()
        .statusCode(400);
    as(Tokens.agent()).get("/api/feedback/products/not-a-product").then().statusCode(400);
  }

  @Test
  void shouldLetACustomerRateOnlyWhatTheyReceived() {
    String customer = Tokens.customer();
    String product = UUID.randomUUID().toString();

    // Another customer's delivered order is answered like one that does not exist.
    String someoneElses = deliveredOrder(Tokens.customer(), product);
    post(customer, rating(someoneElses, product, 5, null))
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"));

    // A product the order did not hold.
    String mine = deliveredOrder(customer, product);
    postDelivered(customer, rating(mine, UUID.randomUUID().toString(), 5, null))
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("productId"));

    // An order not delivered yet.
    String paid = UUID.randomUUID().toString();
    upstream.placedAndPaid(
        paid, Tokens.userId(customer), product, 1, Upstream.now().minusSeconds(600));
    post(customer, rating(paid, product, 5, null)).then().statusCode(409);

    // An order neither order-service (not running here) nor the read model knows.
    as(customer)
        .contentType(ContentType.JSON)
        .body(rating(UUID.randomUUID().toString(), product, 5, null))
        .post("/api/feedback/ratings")
        .then()
        .statusCode(503)
        .header("Retry-After", org.hamcrest.Matchers.notNullValue());

    // None of them counted; the delivered order's product can still be rated.
    as(Tokens.agent())
        .get("/api/feedback/products/" + product)
        .then()
        .statusCode(200)
        .body("summary.ratings", equalTo(0));
    rate(customer, mine, product, 4);
  }
}
