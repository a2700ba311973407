package io.vitrina.support.it;

import static io.vitrina.support.it.Tickets.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * A ticket's context and returns checked against orders, with order-service down: support-service
 * knows orders only from the order.* events these tests publish on the real broker, and customers
 * live from the real user-service (with its own service token) or from user.* events.
 */
@MicroShedTest
class ContextIT {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private Upstream upstream;

  @BeforeEach
  void connect() {
    upstream = new Upstream();
  }

  @AfterEach
  void close() {
    upstream.close();
  }

  private static String uuid() {
    return UUID.randomUUID().toString();
  }

  private static JsonObjectBuilder returnOf(String orderId, String productId, int quantity) {
    return Json.createObjectBuilder()
        .add("type", "RETURN")
        .add("subject", "Return")
        .add("body", "It does not fit.")
        .add("orderId", orderId)
        .add(
            "lines",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("productId", productId)
                        .add("quantity", quantity)));
  }

  private static Response post(String customer, JsonObjectBuilder ticket) {
    return post(customer, ticket.build().toString());
  }

  private static Response post(String customer, String ticket) {
    return as(customer).contentType(ContentType.JSON).body(ticket).post("/api/tickets");
  }

  /** Posts once the read model has applied a delivered order's events (see Tickets). */
  private static Response postOnceDelivered(String customer, JsonObjectBuilder ticket) {
    return Tickets.openOnceDelivered(customer, ticket.build().toString());
  }

  /**
   * Posts until the read model knows the order (503 before), then the answer. The body is built
   * once: a JSON-P builder is empty after it has built.
   */
  private static Response postOnceKnown(String customer, JsonObjectBuilder builder) {
    return Tickets.postUntil(
        customer, "/api/tickets", builder.build().toString(), r -> r.statusCode() == 503);
  }

  @Test
  void shouldShowTheOrderFromTheReadModelWhenOrderServiceIsDown() {
    String customer = Tokens.customer();
    String customerId = Tokens.userId(customer);
    String agent = Tokens.agent();
    String orderId = uuid();
    String productId = uuid();
    Instant delivered = Upstream.now().minus(Duration.ofDays(2));
    upstream.delivered(orderId, customerId, productId, 2, delivered);
    String id = Tickets.open(customer, Tickets.inquiry("Where is it").add("orderId", orderId));

    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                as(agent)
                    .get("/api/tickets/" + id)
                    .then()
                    .statusCode(200)
                    .body("context.order.status", equalTo("DELIVERED")));
    as(agent)
        .get("/api/tickets/" + id)
        .then()
        .body("context.source", equalTo("snapshot"))
        .body("context.asOf", notNullValue())
        .body("context.order.id", equalTo(orderId))
        .body("context.order.paymentState", equalTo("PAID"))
        .body("context.order.currency", equalTo("EUR"))
        .body("context.order.deliveredAt", equalTo(delivered.toString()))
        .body("context.order.lines[0].productId", equalTo(productId))
        .body("context.order.lines[0].quantity", equalTo(2))
        // The customer comes live from user-service, with everything an agent needs.
        .body("context.customer.id", equalTo(customerId))
        .body("context.customer.displayName", equalTo("Support IT"))
        .body("context.customer.email", containsString("@example.com"))
        .body("context.customer.status", equalTo("ACTIVE"));
    // The customer sees their order and their name, not how their account is managed.
    as(customer)
        .get("/api/tickets/" + id)
        .then()
        .statusCode(200)
        .body("context.order.status", equalTo("DELIVERED"))
        .body("context.customer.displayName", equalTo("Support IT"))
        .body("context.customer.email", nullValue())
        .body("context.customer.status", nullValue());
    // Lists carry no context: it is asked for one ticket at a time.
    as(agent)
        .queryParam("size", 5)
        .get("/api/tickets")
        .then()
        .statusCode(200)
        .body("items.context", org.hamcrest.Matchers.everyItem(nullValue()));
  }

  @Test
  void shouldLeaveOutAnOrderThatIsNotTheCustomers() {
    String customer = Tokens.customer();
    String orderId = uuid();
    upstream.delivered(orderId, uuid(), uuid(), 1, Upstream.now().minus(Duration.ofDays(1)));
    String id = Tickets.open(customer, Tickets.inquiry("Not mine").add("orderId", orderId));
    // The foreign order reaches the read model; a return of it is 404 once it is known.
    String other = uuid();
    assertEquals(404, postOnceKnown(customer, returnOf(orderId, other, 1)).statusCode());
    as(customer)
        .get("/api/tickets/" + id)
        .then()
        .statusCode(200)
        .body("context.order", nullValue())
        .body("context.customer", notNullValue());
  }

  @Test
  void shouldSayUnavailableWhenNeitherOrderServiceNorTheReadModelKnowsTheOrder() {
    String customer = Tokens.customer();
    String id = Tickets.open(customer, Tickets.inquiry("Unknown").add("orderId", uuid()));
    as(customer)
        .get("/api/tickets/" + id)
        .then()
        .statusCode(200)
        .body("context.source", equalTo("unavailable"))
        .body("context.order", nullValue())
        .body("context.asOf", nullValue());
  }

  @Test
  void shouldAnswer503WithRetryAfterForAReturnOfAnOrderNobodyKnows() {
    String customer = Tokens.customer();
    post(customer, returnOf(uuid(), uuid(), 1))
        .then()
        .statusCode(503)
        .header("Retry-After", notNullValue())
        .contentType(containsString("application/problem+json"));
  }

  @Test
  void shouldRefuseTheReturnOfAnOrderNotDelivered() {
    String customer = Tokens.customer();
    String orderId = uuid();
    String productId = uuid();
    upstream.placedAndPaid(
        orderId, Tokens.userId(customer), productId, 1, Upstream.now().minusSeconds(600));
    Response refused = postOnceKnown(customer, returnOf(orderId, productId, 1));
    // PENDING_PAYMENT or PAID, depending on whether order.paid has been applied yet.
    refused.then().statusCode(409).body("detail", containsString("only a DELIVERED order"));
  }

  @Test
  void shouldRefuseTheReturnOfAnOrderDeliveredBeforeTheWindow() {
    String customer = Tokens.customer();
    String orderId = uuid();
    String productId = uuid();
    upstream.delivered(
        orderId, Tokens.userId(customer), productId, 1, Upstream.now().minus(Duration.ofDays(31)));
    Response refused = postOnceDelivered(customer, returnOf(orderId, productId, 1));
    refused.then().statusCode(409).body("detail", containsString("window"));
  }

  @Test
  void shouldRefuseMoreUnitsThanAreLeftToReturn() {
    String customer = Tokens.customer();
    String orderId = uuid();
    String productId = uuid();
    upstream.delivered(
        orderId, Tokens.userId(customer), productId, 3, Upstream.now().minus(Duration.ofDays(1)));
    postOnceDelivered(customer, returnOf(orderId, productId, 4))
        .then()
        .statusCode(422)
        .contentType(containsString("application/problem+json"))
        .body("violations.field", hasItem("lines[0].quantity"));
    post(customer, returnOf(orderId, productId, 2)).then().statusCode(201);
    // Two units are claimed by the open return: one is left.
    post(customer, returnOf(orderId, productId, 2))
        .then()
        .statusCode(422)
        .body("violations.message", hasItem(containsString("at most 1")));
    post(customer, returnOf(orderId, uuid(), 1))
        .then()
        .statusCode(422)
        .body("violations.field", hasItem("lines[0].productId"));
    post(customer, returnOf(orderId, productId, 1)).then().statusCode(201);
  }

  @Test
  void shouldRefuseReturnsNotNamedByIds() {
    String customer = Tokens.customer();
    post(customer, returnOf("order-1", uuid(), 1))
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("orderId"));
  }

  @Test
  void shouldResolveTheApprovedReturnWhenTheOrderIsRefundedThenTakeAReturnOfWhatIsLeft() {
    String customer = Tokens.customer();
    String customerId = Tokens.userId(customer);
    String agent = Tokens.agent();
    String orderId = uuid();
    String productId = uuid();
    upstream.delivered(orderId, customerId, productId, 3, Upstream.now().minus(Duration.ofDays(1)));
    String id =
        postOnceDelivered(customer, returnOf(orderId, productId, 1))
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as(agent).post("/api/tickets/" + id + "/return/approve").then().statusCode(200);

    upstream.refunded(orderId, customerId, productId, 1);

    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                as(customer)
                    .get("/api/tickets/" + id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("RESOLVED")));
    List<String> actors =
        as(agent).get("/api/tickets/" + id + "/history").then().extract().path("actorId");
    assertEquals("system", actors.get(actors.size() - 1));
    as(agent)
        .get("/api/tickets/" + id)
        .then()
        .body("context.order.status", equalTo("REFUNDED"))
        .body("context.order.refunded", equalTo(true));

    // Two of the three units are left: a REFUNDED order takes a later return of them.
    post(customer, returnOf(orderId, productId, 3))
        .then()
        .statusCode(422)
        .body("violations.message", hasItem(containsString("at most 2")));
    post(customer, returnOf(orderId, productId, 2)).then().statusCode(201);
    post(customer, returnOf(orderId, productId, 1)).then().statusCode(422);
  }

  @Test
  void shouldAnonymiseTheTicketsOfADeletedCustomer() {
    String customer = Tokens.customer();
    String customerId = Tokens.userId(customer);
    String agent = Tokens.agent();
    String id = Tickets.open(customer, "My address is 1 Main Street");
    Tickets.write(customer, id, "Call me on +1 555 0100", false).statusCode(201);
    Tickets.write(agent, id, "We will call you.", false).statusCode(201);

    upstream.userDeleted(customerId);

    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                as(agent)
                    .get("/api/tickets/" + id)
                    .then()
                    .statusCode(200)
                    .body("subject", containsString("removed")));
    as(agent)
        .get("/api/tickets/" + id)
        .then()
        .body("id", equalTo(id))
        .body("status", equalTo("OPEN"))
        .body("customerId", equalTo(customerId))
        .body("body", containsString("removed"));
    List<String> bodies =
        as(agent).get("/api/tickets/" + id + "/messages").then().extract().path("body");
    assertEquals(
        List.of("(removed: the customer deleted their account)", "We will call you."), bodies);
  }
}
