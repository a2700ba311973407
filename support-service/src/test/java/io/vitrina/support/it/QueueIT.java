package io.vitrina.support.it;

import static io.vitrina.support.it.Tickets.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** The agents' work queue: filters, full-text search, paging and the order of due times. */
@MicroShedTest
class QueueIT {

  /** A word no other test writes, of letters only, for the full-text index. */
  private static String word() {
    return "zq" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
  }

  @Test
  void shouldFindTicketsBySubjectBodyAndMessageWords() {
    String customer = Tokens.customer();
    String agent = Tokens.agent();
    String word = word();
    String inSubject = Tickets.open(customer, "Blender " + word);
    String inBody =
        Tickets.open(
            customer, Tickets.inquiry("Kettle").add("body", "The " + word + " kettle leaks."));
    String inMessage = Tickets.open(customer, "Toaster");
    Tickets.write(customer, inMessage, "It smells of " + word + " now.", false).statusCode(201);
    String unrelated = Tickets.open(customer, "Nothing to see");

    as(agent)
        .queryParam("q", word.toUpperCase())
        .get("/api/tickets")
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items.id", containsInAnyOrder(inSubject, inBody, inMessage));
    as(customer)
        .queryParam("q", word)
        .get("/api/tickets")
        .then()
        .body("items.id", containsInAnyOrder(inSubject, inBody, inMessage))
        .body("items.id", not(hasItem(unrelated)));
  }

  @Test
  void shouldPageWithATotalAndAStableOrder() {
    String customer = Tokens.customer();
    String word = word();
    String first = Tickets.open(customer, "Page " + word + " one");
    String second = Tickets.open(customer, "Page " + word + " two");
    String third = Tickets.open(customer, "Page " + word + " three");

    as(customer)
        .queryParam("q", word)
        .queryParam("sort", "opened")
        .queryParam("size", 2)
        .get("/api/tickets")
        .then()
        .body("total", equalTo(3))
        .body("size", equalTo(2))
        .body("items.id", contains(first, second));
    as(customer)
        .queryParam("q", word)
        .queryParam("sort", "opened")
        .queryParam("size", 2)
        .queryParam("page", 1)
        .get("/api/tickets")
        .then()
        .body("items.id", contains(third));
  }

  @Test
  void shouldPutTheTicketDueFirstAtTheTopForAgents() {
    String customer = Tokens.customer();
    String agent = Tokens.agent();
    String word = word();
    String normal =
        Tickets.open(customer, Tickets.inquiry("Due " + word).add("priority", "NORMAL"));
    String high = Tickets.open(customer, Tickets.inquiry("Due " + word).add("priority", "HIGH"));
    String low = Tickets.open(customer, Tickets.inquiry("Due " + word).add("priority", "LOW"));

    // Opened last but one, HIGH is due first (4 h), then NORMAL (24 h), then LOW (2 days).
    as(agent)
        .queryParam("q", word)
        .get("/api/tickets")
        .then()
        .body("items.id", contains(high, normal, low));
  }

  @Test
  void shouldFilterByStatusPriorityTypeAndAssignee() {
    String customer = Tokens.customer();
    String agent = Tokens.agent();
    String agentId = Tokens.userId(agent);
    String word = word();
    String complaint =
        Tickets.open(
            customer,
            Tickets.inquiry("Filter " + word).add("type", "COMPLAINT").add("priority", "HIGH"));
    String assigned = Tickets.open(customer, "Filter " + word);
    String waiting = Tickets.open(customer, "Filter " + word);
    Tickets.patch(
            agent,
            assigned,
            Tickets.version(agent, assigned),
            "{\"assigneeId\":\"" + agentId + "\",\"status\":\"IN_PROGRESS\"}")
        .statusCode(200);
    Tickets.patch(
            agent, waiting, Tickets.version(agent, waiting), "{\"status\":\"WAITING_ON_CUSTOMER\"}")
        .statusCode(200);

    as(agent)
        .queryParam("q", word)
        .queryParam("type", "COMPLAINT")
        .get("/api/tickets")
        .then()
        .body("items.id", contains(complaint));
    as(agent)
        .queryParam("q", word)
        .queryParam("priority", "HIGH")
        .get("/api/tickets")
        .then()
        .body("items.id", contains(complaint));
    as(agent)
        .queryParam("q", word)
        .queryParam("assignee", agentId)
        .get("/api/tickets")
        .then()
        .body("items.id", contains(assigned))
        .body("items.assigneeId", everyItem(equalTo(agentId)));
    as(agent)
        .queryParam("q", word)
        .queryParam("assignee", "unassigned")
        .get("/api/tickets")
        .then()
        .body("items.id", containsInAnyOrder(complaint, waiting));
    as(agent)
        .queryParam("q", word)
        .queryParam("status", "OPEN")
        .queryParam("status", "WAITING_ON_CUSTOMER")
        .get("/api/tickets")
        .then()
        .body("items.id", hasSize(2))
        .body("items.id", hasItems(complaint, waiting));
  }

  @Test
  void shouldListOnlyACustomersOwnTickets() {
    String customer = Tokens.customer();
    String mine = Tickets.open(customer, "Mine");
    Tickets.open(Tokens.customer(), "Someone else's");
    as(customer)
        .get("/api/tickets")
        .then()
        .body("total", equalTo(1))
        .body("items.id", contains(mine));
  }

  @Test
  void shouldRejectInvalidQueueParameters() {
    String agent = Tokens.agent();
    as(agent).queryParam("size", 0).get("/api/tickets").then().statusCode(400);
    as(agent).queryParam("size", 101).get("/api/tickets").then().statusCode(400);
    as(agent).queryParam("sort", "price").get("/api/tickets").then().statusCode(400);
    as(agent).queryParam("status", "LOST").get("/api/tickets").then().statusCode(400);
    as(agent).queryParam("breached", "yes").get("/api/tickets").then().statusCode(400);
    as(agent).queryParam("q", "x".repeat(201)).get("/api/tickets").then().statusCode(400);
  }
}
