package io.vitrina.stack.demo;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tickets of the demo customers about their demo orders, in the states an agent meets them: a
 * return of a delivered order waiting for a decision, a complaint the agent answered (with an
 * internal note) and waits on the customer for, an inquiry resolved, new inquiries in the queue,
 * and product ratings. Made through the API as customers and the demo agent make them; a customer
 * who already has tickets is left alone, so a restart opens nothing twice.
 */
final class SupportServiceDemoData implements DemoData {
  static final String SERVICE = "support-service";

  /** What one demo customer does, about their order in {@code orderStatus}. */
  record Scenario(
      int customer,
      String orderStatus,
      String type,
      String priority,
      String subject,
      String body,
      String agentReply,
      String agentNote,
      String finalStatus,
      Integer rating) {}

  static final List<Scenario> SCENARIOS =
      List.of(
          new Scenario(
              0,
              "DELIVERED",
              "RETURN",
              "NORMAL",
              "Return: not what I expected",
              "It works, but it is much bigger and louder than I expected. I would like to send it"
                  + " back.",
              null,
              null,
              null,
              null),
          new Scenario(
              0,
              "DELIVERED",
              "FEEDBACK",
              null,
              null,
              "Arrived a day early and well packed. Very happy with it.",
              null,
              null,
              null,
              5),
          new Scenario(
              1,
              "PAYMENT_FAILED",
              "COMPLAINT",
              "HIGH",
              "My card was declined but the bank says it is fine",
              "I tried to pay twice and the payment failed both times. My bank says nothing was"
                  + " blocked on their side.",
              "Sorry about that. The payment provider declined the card; could you try once more"
                  + " or with another card? Your order is kept for you.",
              "Provider answered 'card_declined' twice; nothing wrong on our side.",
              "WAITING_ON_CUSTOMER",
              null),
          new Scenario(
              2,
              "REFUNDED",
              "INQUIRY",
              "NORMAL",
              "When will my refund arrive?",
              "I cancelled my order yesterday. How long does the refund take?",
              "The refund was issued at once; banks take 3 to 5 working days to show it.",
              null,
              "RESOLVED",
              null),
          new Scenario(
              3,
              "FULFILLING",
              "INQUIRY",
              "NORMAL",
              "Can I change the delivery address?",
              "I am moving next week. Can the parcel go to my office instead?",
              null,
              null,
              null,
              null),
          new Scenario(
              3,
              "RETURN_REQUESTED",
              "FEEDBACK",
              null,
              null,
              "Stopped working after a week.",
              null,
              null,
              null,
              2),
          new Scenario(
              4,
              "SHIPPED",
              "INQUIRY",
              "LOW",
              "Where is my parcel?",
              "The order says shipped. Is there a tracking number?",
              null,
              null,
              null,
              null));

  @Override
  public String service() {
    return SERVICE;
  }

  @Override
  public List<String> load(DemoContext context) throws InterruptedException {
    URI support = context.serviceUrls().get(SERVICE);
    URI orders = context.serviceUrls().get(OrderServiceDemoData.SERVICE);
    List<String> summary = new ArrayList<>();
    if (support == null || orders == null) {
      return summary;
    }
    DemoApi supportApi = new DemoApi(SERVICE, support, context);
    DemoApi orderApi = new DemoApi(OrderServiceDemoData.SERVICE, orders, context);
    Optional<String> agent =
        DemoApi.login(context, UserServiceDemoData.SUPPORT_AGENT, context.demoPassword());
    Optional<String> agentId = agent.isEmpty() ? Optional.empty() : userId(context, agent.get());
    Map<Integer, String> tokens = new LinkedHashMap<>();
    int opened = 0;
    int skipped = 0;
    for (Scenario scenario : SCENARIOS) {
      UserServiceDemoData.Account account = UserServiceDemoData.CUSTOMERS.get(scenario.customer());
      if (!tokens.containsKey(scenario.customer())) {
        Optional<String> token = DemoApi.login(context, account.email(), context.demoPassword());
        if (token.isEmpty()) {
          summary.add("tickets not loaded: could not log in as " + account.email());
          return summary;
        }
        Optional<Boolean> has = hasTickets(supportApi, token.get());
        if (has.isEmpty()) {
          summary.add("tickets not loaded: support-service answered unexpectedly (see warnings)");
          return summary;
        }
        // A customer with tickets was loaded by an earlier start: no token, no scenario.
        tokens.put(scenario.customer(), has.get() ? null : token.get());
      }
      String token = tokens.get(scenario.customer());
      if (token == null) {
        skipped++;
        continue;
      }
      Optional<JsonObject> order = orderIn(orderApi, token, scenario.orderStatus());
      if (order.isEmpty()) {
        context
            .log()
            .warn(
                "Demo data: no "
                    + scenario.orderStatus()
                    + " order of "
                    + account.email()
                    + "; ticket '"
                    + scenario.subject()
                    + "' not opened");
        continue;
      }
      if (open(
          supportApi, token, agent.orElse(null), agentId.orElse(null), scenario, order.get())) {
        opened++;
      }
    }
    if (opened == 0 && skipped > 0) {
      summary.add("tickets: already there");
    } else {
      summary.add(
          "tickets: "
              + opened
              + " opened (a return to decide, a complaint waiting on the customer, ratings), agent "
              + UserServiceDemoData.SUPPORT_AGENT);
    }
    return summary;
  }

  private static boolean open(
      DemoApi api, String token, String agent, String agentId, Scenario scenario, JsonObject order)
      throws InterruptedException {
    String orderId = text(order, "id");
    List<JsonObject> lines = lines(order);
    if (lines.isEmpty()) {
      return false;
    }
    if (scenario.rating() != null) {
      JsonObject rating =
          Json.createObjectBuilder()
              .add("orderId", orderId)
              .add("productId", text(lines.get(lines.size() - 1), "productId"))
              .add("rating", scenario.rating())
              .add("comment", scenario.body())
              .build();
      return expect(api, api.post("/api/feedback/ratings", rating, token), "rate a product")
          .isPresent();
    }
    JsonObjectBuilder ticket =
        Json.createObjectBuilder()
            .add("type", scenario.type())
            .add("subject", scenario.subject())
            .add("body", scenario.body())
            .add("orderId", orderId)
            .add("priority", scenario.priority());
    if ("RETURN".equals(scenario.type())) {
      JsonObject line = lines.get(0);
      ticket.add("productId", text(line, "productId"));
      ticket.add(
          "lines",
          Json.createArrayBuilder()
              .add(
                  Json.createObjectBuilder()
                      .add("productId", text(line, "productId"))
                      .add("quantity", 1)));
    }
    Optional<JsonObject> created =
        expect(api, api.post("/api/tickets", ticket.build(), token), "open a ticket");
    if (created.isEmpty()) {
      return false;
    }
    String path = "/api/tickets/" + text(created.get(), "id");
    if (agent == null || (scenario.agentReply() == null && scenario.agentNote() == null)) {
      return true;
    }
    // The agent takes the ticket, answers, notes and moves it on, each against the version read.
    if (agentId != null) {
      update(api, agent, path, Json.createObjectBuilder().add("assigneeId", agentId));
    }
    if (scenario.agentReply() != null) {
      message(api, agent, path, scenario.agentReply(), false);
    }
    if (scenario.agentNote() != null) {
      message(api, agent, path, scenario.agentNote(), true);
    }
    if (scenario.finalStatus() != null) {
      update(api, agent, path, Json.createObjectBuilder().add("status", scenario.finalStatus()));
    }
    return true;
  }

  private static void update(DemoApi api, String agent, String path, JsonObjectBuilder change)
      throws InterruptedException {
    Optional<JsonObject> ticket = expect(api, api.get(path, agent), "read " + path);
    if (ticket.isEmpty() || !(ticket.get().get("version") instanceof JsonNumber version)) {
      return;
    }
    expect(
        api,
        api.patch(path, change.add("version", version.longValue()).build(), agent),
        "change " + path);
  }

  private static void message(DemoApi api, String agent, String path, String body, boolean internal)
      throws InterruptedException {
    JsonObject message =
        Json.createObjectBuilder().add("body", body).add("internal", internal).build();
    expect(api, api.post(path + "/messages", message, agent), "write to " + path);
  }

  private static Optional<Boolean> hasTickets(DemoApi api, String token)
      throws InterruptedException {
    return api.sendForObject(api.get("/api/tickets?size=1", token), "list tickets")
        .map(page -> page.get("items") instanceof JsonArray items && !items.isEmpty());
  }

  /** The customer's most recent order in that status, with its lines. */
  private static Optional<JsonObject> orderIn(DemoApi api, String token, String status)
      throws InterruptedException {
    Optional<JsonObject> page =
        api.sendForObject(api.get("/api/orders?size=50", token), "list orders");
    if (page.isEmpty() || !(page.get().get("items") instanceof JsonArray items)) {
      return Optional.empty();
    }
    for (JsonValue item : items) {
      if (item instanceof JsonObject order && status.equals(text(order, "status"))) {
        return api.sendForObject(api.get("/api/orders/" + text(order, "id"), token), "read order");
      }
    }
    return Optional.empty();
  }

  private static List<JsonObject> lines(JsonObject order) {
    List<JsonObject> lines = new ArrayList<>();
    if (order.get("lines") instanceof JsonArray array) {
      for (JsonValue line : array) {
        if (line instanceof JsonObject object && text(object, "productId") != null) {
          lines.add(object);
        }
      }
    }
    return lines;
  }

  private static Optional<String> userId(DemoContext context, String token)
      throws InterruptedException {
    URI users = context.serviceUrls().get(UserServiceDemoData.SERVICE);
    if (users == null) {
      return Optional.empty();
    }
    DemoApi api = new DemoApi(UserServiceDemoData.SERVICE, users, context);
    return api.sendForObject(api.get("/api/me", token), "read the agent's account")
        .map(me -> text(me, "id"));
  }

  private static Optional<JsonObject> expect(
      DemoApi api, java.net.http.HttpRequest request, String action) throws InterruptedException {
    Optional<HttpResponse<String>> response = api.send(request);
    if (response.isEmpty()) {
      return Optional.empty();
    }
    if (response.get().statusCode() / 100 != 2) {
      api.unexpected(action, response.get());
      return Optional.empty();
    }
    return api.parse(response.get().body())
        .filter(JsonObject.class::isInstance)
        .map(JsonObject.class::cast)
        .or(() -> Optional.of(JsonValue.EMPTY_JSON_OBJECT));
  }

  private static String text(JsonObject json, String name) {
    return json.get(name) instanceof JsonString value ? value.getString() : null;
  }
}
