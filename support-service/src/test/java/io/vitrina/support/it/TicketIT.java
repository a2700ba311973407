package io.vitrina.support.it;

import static io.vitrina.support.it.Tickets.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import jakarta.json.Json;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Opening, reading and working a ticket: the status machine, locking and isolation. */
@MicroShedTest
class TicketIT {

  @Test
  void shouldOpenATicketAndReadItBack() {
    String customer = Tokens.customer();
    String customerId = Tokens.userId(customer);
    String location =
        as(customer)
            .contentType(ContentType.JSON)
            .body(Tickets.inquiry("Parcel late").add("orderId", "order-42").build().toString())
            .post("/api/tickets")
            .then()
            .statusCode(201)
            .header("ETag", containsString("\""))
            .body("status", equalTo("OPEN"))
            .body("priority", equalTo("NORMAL"))
            .body("customerId", equalTo(customerId))
            .body("orderId", equalTo("order-42"))
            .body("messageCount", equalTo(0))
            .body("noteCount", nullValue())
            .extract()
            .header("Location");
    as(customer)
        .get(location)
        .then()
        .statusCode(200)
        .body("subject", equalTo("Parcel late"))
        .body("type", equalTo("INQUIRY"));
  }

  @Test
  void shouldHideAnotherCustomersTicketAsNotFound() {
    String owner = Tokens.customer();
    String other = Tokens.customer();
    String id = Tickets.open(owner, "Mine only");

    as(other).get("/api/tickets/" + id).then().statusCode(404);
    as(other).get("/api/tickets/" + id + "/messages").then().statusCode(404);
    as(other).get("/api/tickets/" + id + "/sla").then().statusCode(404);
    as(other).post("/api/tickets/" + id + "/reopen").then().statusCode(404);
    Tickets.write(other, id, "let me in", false).statusCode(404);
    as(other).get("/api/tickets").then().statusCode(200).body("items.id", not(hasItem(id)));
    // The same answer as for a ticket that does not exist at all.
    as(other).get("/api/tickets/" + UUID.randomUUID()).then().statusCode(404);
  }

  @Test
  void shouldRefuseAnonymousCallersAndCustomersOnAgentEndpoints() {
    String customer = Tokens.customer();
    String id = Tickets.open(customer, "Agents only");
    Tickets.anonymous().get("/api/tickets").then().statusCode(401);
    Tickets.patch(customer, id, 1, "{\"status\":\"IN_PROGRESS\"}").statusCode(403);
    as(customer).get("/api/tickets/" + id + "/history").then().statusCode(403);
    as(customer).post("/api/tickets/" + id + "/return/approve").then().statusCode(403);
    as(Tokens.agent())
        .contentType(ContentType.JSON)
        .body(Tickets.inquiry("agents do not open").build().toString())
        .post("/api/tickets")
        .then()
        .statusCode(403);
  }

  @Test
  void shouldReturnScriptInMessagesAsInertJsonText() {
    String customer = Tokens.customer();
    String script = "<script>alert('x')</script> & <img src=x onerror=alert(1)>";
    String id =
        Tickets.open(
            customer,
            Json.createObjectBuilder()
                .add("type", "COMPLAINT")
                .add("subject", "<b>bold</b> subject")
                .add("body", script));
    Tickets.write(customer, id, script, false).statusCode(201);

    as(customer)
        .get("/api/tickets/" + id)
        .then()
        .statusCode(200)
        .contentType(startsWith("application/json"))
        .body("body", equalTo(script))
        .body("subject", equalTo("<b>bold</b> subject"));
    as(customer)
        .get("/api/tickets/" + id + "/messages")
        .then()
        .statusCode(200)
        .contentType(startsWith("application/json"))
        .body("[0].body", equalTo(script));
  }

  @Test
  void shouldRejectInvalidTickets() {
    String customer = Tokens.customer();
    as(customer)
        .contentType(ContentType.JSON)
        .body("{\"type\":\"PRAISE\",\"subject\":\"\",\"body\":\"x\"}")
        .post("/api/tickets")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("violations.field", hasItem("type"))
        .body("violations.field", hasItem("subject"));
    // A return names its order and lines; other types have no lines.
    as(customer)
        .contentType(ContentType.JSON)
        .body("{\"type\":\"RETURN\",\"subject\":\"Back\",\"body\":\"Too big\"}")
        .post("/api/tickets")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("orderId"));
    as(customer)
        .contentType(ContentType.JSON)
        .body(
            "{\"type\":\"INQUIRY\",\"subject\":\"Q\",\"body\":\"Q\",\"lines\":"
                + "[{\"productId\":\"p1\",\"quantity\":1}]}")
        .post("/api/tickets")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("lines"));
    // A bidirectional override would let a subject show something else than it says.
    as(customer)
        .contentType(ContentType.JSON)
        .body(Tickets.inquiry("Refund \u202Eslip").build().toString())
        .post("/api/tickets")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("subject"));
  }

  @Test
  void shouldRequireTheVersionReadToChangeATicket() {
    String customer = Tokens.customer();
    String agent = Tokens.agent();
    String id = Tickets.open(customer, "Locking");
    long version = Tickets.version(agent, id);

    as(agent)
        .contentType(ContentType.JSON)
        .body("{\"status\":\"IN_PROGRESS\"}")
        .patch("/api/tickets/" + id)
        .then()
        .statusCode(428);
    Tickets.patch(agent, id, version, "{\"status\":\"IN_PROGRESS\",\"priority\":\"HIGH\"}")
        .statusCode(200)
        .body("status", equalTo("IN_PROGRESS"))
        .body("priority", equalTo("HIGH"))
        .header("ETag", equalTo("\"" + (version + 1) + "\""));
    // A second agent still holding the old version loses.
    Tickets.patch(agent, id, version, "{\"priority\":\"LOW\"}")
        .statusCode(409)
        .contentType(startsWith("application/problem+json"));
    assertEquals("HIGH", as(agent).get("/api/tickets/" + id).then().extract().path("priority"));
  }

  @Test
  void shouldWalkTheStatusMachineAndRefuseIllegalMoves() {
    String customer = Tokens.customer();
    String agent = Tokens.agent();
    String agentId = Tokens.userId(agent);
    String id = Tickets.open(customer, "Status machine");

    Tickets.patch(agent, id, Tickets.version(agent, id), "{\"status\":\"CLOSED\"}").statusCode(409);
    Tickets.patch(
            agent,
            id,
            Tickets.version(agent, id),
            "{\"status\":\"WAITING_ON_CUSTOMER\",\"assigneeId\":\"" + agentId + "\"}")
        .statusCode(200)
        .body("assigneeId", equalTo(agentId));
    // The customer's reply puts the ticket back in progress.
    Tickets.write(customer, id, "Here is the tracking number.", false).statusCode(201);
    as(customer).get("/api/tickets/" + id).then().body("status", equalTo("IN_PROGRESS"));

    Tickets.patch(agent, id, Tickets.version(agent, id), "{\"status\":\"RESOLVED\"}")
        .statusCode(200)
        .body("resolvedAt", not(nullValue()));
    // Within the reopen window the customer may reopen; it goes back to its agent.
    as(customer)
        .post("/api/tickets/" + id + "/reopen")
        .then()
        .statusCode(200)
        .body("status", equalTo("IN_PROGRESS"));
    as(customer).post("/api/tickets/" + id + "/reopen").then().statusCode(409);
    Tickets.patch(agent, id, Tickets.version(agent, id), "{\"status\":\"RESOLVED\"}")
        .statusCode(200);
    Tickets.patch(agent, id, Tickets.version(agent, id), "{\"status\":\"CLOSED\"}")
        .statusCode(200)
        .body("closedAt", not(nullValue()));
    Tickets.patch(agent, id, Tickets.version(agent, id), "{\"status\":\"IN_PROGRESS\"}")
        .statusCode(409);
    Tickets.write(customer, id, "One more thing", false).statusCode(409);

    as(agent)
        .get("/api/tickets/" + id + "/history")
        .then()
        .statusCode(200)
        .body("field", hasItem("opened"))
        .body("field", hasItem("assignee"))
        .body("findAll { it.field == 'status' }.newValue", hasItem("CLOSED"))
        .body("findAll { it.field == 'status' }.actorId", hasItem(agentId));
  }
}
