package io.vitrina.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.util.UUID;

/**
 * What the end-to-end tests do as people: an administrator who stocks the catalog, customers who
 * register, fill a cart, check out and ask support, agents who answer them. Every call goes over
 * HTTP to the servers the build started.
 */
final class Journey {
  static final String USERS = System.getProperty("vitrina.users.url");
  static final String CATALOG = System.getProperty("vitrina.catalog.url");
  static final String ORDERS = System.getProperty("vitrina.orders.url");
  static final String SUPPORT = System.getProperty("vitrina.support.url");
  static final String APPROVED_CARD = "4242424242424242";
  static final String DECLINED_CARD = "4000000000000002";
  static final String PASSWORD = "Journey-pass-2026!";

  private Journey() {}

  static String adminToken() {
    return login(
        System.getProperty("vitrina.admin.email"), System.getProperty("vitrina.admin.password"));
  }

  /** Someone registered: their user id (every service's {@code sub}), email and bearer value. */
  record Person(String id, String email, String bearer) {}

  /** A newly registered customer's bearer header value. */
  static String newCustomer() {
    return register("buyer").bearer();
  }

  /** Registers a customer with a unique email and logs them in. */
  static Person register(String kind) {
    String email = kind + "-" + unique() + "@example.com";
    String id =
        given()
            .baseUri(USERS)
            .contentType(ContentType.JSON)
            .body(
                Json.createObjectBuilder()
                    .add("email", email)
                    .add("password", PASSWORD)
                    .add("displayName", "Buyer " + email)
                    .build()
                    .toString())
            .post("/api/auth/register")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    return new Person(id, email, login(email, PASSWORD));
  }

  /** A new support agent, made one by the administrator; the bearer carries the new role. */
  static Person newAgent(String admin) {
    Person person = register("agent");
    given()
        .baseUri(USERS)
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body("{\"roles\":[\"support-agent\"]}")
        .put("/api/users/" + person.id() + "/roles")
        .then()
        .statusCode(200);
    return new Person(person.id(), person.email(), login(person.email(), PASSWORD));
  }

  static String login(String email, String password) {
    return "Bearer "
        + given()
            .baseUri(USERS)
            .contentType(ContentType.JSON)
            .body(
                Json.createObjectBuilder()
                    .add("email", email)
                    .add("password", password)
                    .build()
                    .toString())
            .post("/api/auth/login")
            .then()
            .statusCode(200)
            .extract()
            .<String>path("accessToken");
  }

  /** A new ACTIVE product in a new category with {@code stock} on hand; its id. */
  static String stockedProduct(String admin, int stock) {
    String category =
        given()
            .baseUri(CATALOG)
            .header("Authorization", admin)
            .contentType(ContentType.JSON)
            .body(
                Json.createObjectBuilder()
                    .add("name", "E2E " + unique())
                    .add("slug", "e2e-" + unique())
                    .build()
                    .toString())
            .post("/api/categories")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String sku = "E2E-" + unique().toUpperCase();
    String product =
        given()
            .baseUri(CATALOG)
            .header("Authorization", admin)
            .contentType(ContentType.JSON)
            .body(
                Json.createObjectBuilder()
                    .add("sku", sku)
                    .add("name", "Product " + sku)
                    .add("description", "Bought end to end")
                    .add("price", 12.5)
                    .add("currency", "EUR")
                    .add("categoryId", category)
                    .add("status", "ACTIVE")
                    .build()
                    .toString())
            .post("/api/products")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .baseUri(CATALOG)
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(
            Json.createObjectBuilder()
                .add("delta", stock)
                .add("reason", "E2E stock")
                .build()
                .toString())
        .post("/api/products/" + product + "/inventory/adjustments")
        .then()
        .statusCode(201);
    return product;
  }

  /** {onHand, reserved} of a product, as catalog-service's inventory says. */
  static int[] inventory(String admin, String product) {
    Response response =
        given()
            .baseUri(CATALOG)
            .header("Authorization", admin)
            .get("/api/products/" + product + "/inventory");
    response.then().statusCode(200);
    return new int[] {response.path("onHand"), response.path("reserved")};
  }

  /** How long an event may take to have its effect in another service. */
  static final Duration EVENTS = Duration.ofSeconds(60);

  /** Waits until catalog-service has {@code onHand} and {@code reserved} units of the product. */
  static void awaitInventory(String admin, String product, int onHand, int reserved) {
    await()
        .atMost(EVENTS)
        .untilAsserted(
            () -> assertArrayEquals(new int[] {onHand, reserved}, inventory(admin, product)));
  }

  /** A paid order of a new customer, whose units catalog-service has sold. */
  record Sale(String product, String customer, String orderId) {}

  /**
   * A new product with {@code stock} on hand, and a new customer's paid order of {@code quantity}
   * of it; returns once catalog-service has sold the units (order.paid applied).
   */
  static Sale sold(String admin, int stock, int quantity) {
    String product = stockedProduct(admin, stock);
    String customer = newCustomer();
    String orderId = paidOrder(customer, product, quantity);
    awaitInventory(admin, product, stock - quantity, 0);
    return new Sale(product, customer, orderId);
  }

  static void addToCart(String customer, String product, int quantity) {
    given()
        .baseUri(ORDERS)
        .header("Authorization", customer)
        .contentType(ContentType.JSON)
        .body("{\"quantity\":" + quantity + "}")
        .put("/api/cart/items/" + product)
        .then()
        .statusCode(200);
  }

  static int cartLines(String customer) {
    return given()
        .baseUri(ORDERS)
        .header("Authorization", customer)
        .get("/api/cart")
        .then()
        .statusCode(200)
        .extract()
        .path("lines.size()");
  }

  /** Checks the cart out; with a card, pays in the same request. */
  static Response checkout(String customer, String idempotencyKey, String card) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add(
                "shippingAddress",
                Json.createObjectBuilder()
                    .add("fullName", "E2E Buyer")
                    .add("line1", "Calle Mayor 1")
                    .add("city", "Madrid")
                    .add("postalCode", "28013")
                    .add("country", "ES"));
    if (card != null) {
      body.add("payment", Json.createObjectBuilder().add("card", card(card)));
    }
    return given()
        .baseUri(ORDERS)
        .header("Authorization", customer)
        .header("Idempotency-Key", idempotencyKey)
        .contentType(ContentType.JSON)
        .body(body.build().toString())
        .post("/api/orders");
  }

  static Response pay(String customer, String orderId, String card) {
    return given()
        .baseUri(ORDERS)
        .header("Authorization", customer)
        .header("Idempotency-Key", unique())
        .contentType(ContentType.JSON)
        .body(Json.createObjectBuilder().add("card", card(card)).build().toString())
        .post("/api/orders/" + orderId + "/payment");
  }

  /** A new order of {@code quantity} of the product, placed and paid; its id. */
  static String paidOrder(String customer, String product, int quantity) {
    addToCart(customer, product, quantity);
    Response placed = checkout(customer, unique(), APPROVED_CARD);
    placed.then().statusCode(201);
    return placed.path("id");
  }

  /** Moves an order on as the warehouse would: FULFILLING, SHIPPED, DELIVERED. */
  static void deliver(String admin, String orderId) {
    for (String status : new String[] {"FULFILLING", "SHIPPED", "DELIVERED"}) {
      given()
          .baseUri(ORDERS)
          .header("Authorization", admin)
          .contentType(ContentType.JSON)
          .body(Json.createObjectBuilder().add("status", status).build().toString())
          .post("/api/orders/" + orderId + "/status")
          .then()
          .statusCode(200);
    }
  }

  static Response order(String caller, String orderId) {
    return given().baseUri(ORDERS).header("Authorization", caller).get("/api/orders/" + orderId);
  }

  /** The customer cancels their order; a paid one is refunded and its units restocked. */
  static Response cancel(String customer, String orderId) {
    return given()
        .baseUri(ORDERS)
        .header("Authorization", customer)
        .contentType(ContentType.JSON)
        .body("{\"reason\":\"changed my mind\"}")
        .post("/api/orders/" + orderId + "/cancel");
  }

  /** How many orders the customer has, as order history says. */
  static int orderCount(String customer) {
    Response response =
        given().baseUri(ORDERS).header("Authorization", customer).get("/api/orders?size=100");
    response.then().statusCode(200);
    Object items = response.path("items");
    return items == null
        ? response.<Integer>path("size()")
        : response.<Integer>path("items.size()");
  }

  private static JsonObject card(String number) {
    return Json.createObjectBuilder()
        .add("number", number)
        .add("expiryMonth", 12)
        .add("expiryYear", 2031)
        .add("cvc", "123")
        .build();
  }

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
