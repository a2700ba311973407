package io.vitrina.support.it;

import static io.vitrina.support.it.Tickets.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * SLA targets and breaches. The build gives URGENT tickets a first-response target of one second,
 * so a breach can be watched happening.
 */
@MicroShedTest
class SlaIT {

  @Test
  void shouldFlagABreachedFirstResponseInTheTicketAndTheQueue() {
    String customer = Tokens.customer();
    String agent = Tokens.agent();
    String id = Tickets.open(customer, Tickets.inquiry("Site is down").add("priority", "URGENT"));
    String normal = Tickets.open(customer, "Not urgent at all");

    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                as(customer)
                    .get("/api/tickets/" + id + "/sla")
                    .then()
                    .statusCode(200)
                    .extract()
                    .<Boolean>path("firstResponseBreached"));
    as(customer)
        .get("/api/tickets/" + id + "/sla")
        .then()
        .body("breached", equalTo(true))
        .body("resolutionBreached", equalTo(false))
        .body("priority", equalTo("URGENT"));
    as(agent)
        .queryParam("breached", "true")
        .queryParam("size", 100)
        .get("/api/tickets")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id))
        .body("items.id", not(hasItem(normal)));
    as(agent)
        .queryParam("breached", "false")
        .queryParam("size", 100)
        .queryParam("sort", "-opened")
        .get("/api/tickets")
        .then()
        .body("items.id", not(hasItem(id)))
        .body("items.id", hasItem(normal));

    // Answered late stays breached.
    Tickets.write(agent, id, "On it.", false).statusCode(201);
    as(customer)
        .get("/api/tickets/" + id + "/sla")
        .then()
        .body("firstResponseBreached", equalTo(true));
  }

  @Test
  void shouldLetAdminsOverrideTargetsForNewTickets() {
    String admin = Tokens.admin();
    as(admin)
        .contentType(ContentType.JSON)
        .body(
            "{\"targets\":[{\"priority\":\"LOW\",\"firstResponse\":\"PT3H\","
                + "\"resolution\":\"P3D\"}]}")
        .put("/api/sla")
        .then()
        .statusCode(200)
        .body("find { it.priority == 'LOW' }.firstResponse", equalTo("PT3H"))
        .body("find { it.priority == 'LOW' }.source", equalTo("OVERRIDE"))
        .body("find { it.priority == 'URGENT' }.source", equalTo("CONFIGURATION"));

    String customer = Tokens.customer();
    String id = Tickets.open(customer, Tickets.inquiry("Whenever").add("priority", "LOW"));
    JsonPath ticket = as(customer).get("/api/tickets/" + id).then().extract().jsonPath();
    JsonPath sla = as(customer).get("/api/tickets/" + id + "/sla").then().extract().jsonPath();
    Instant opened = Instant.parse(ticket.getString("openedAt"));
    assertEquals(
        opened.plus(Duration.ofHours(3)), Instant.parse(sla.getString("firstResponseDueAt")));
    assertEquals(opened.plus(Duration.ofDays(3)), Instant.parse(sla.getString("resolutionDueAt")));
    assertFalse(sla.getBoolean("breached"));

    as(Tokens.agent()).get("/api/sla").then().statusCode(200);
    as(Tokens.agent())
        .contentType(ContentType.JSON)
        .body(
            "{\"targets\":[{\"priority\":\"LOW\",\"firstResponse\":\"PT1H\",\"resolution\":\"P1D\"}]}")
        .put("/api/sla")
        .then()
        .statusCode(403);
    as(customer).get("/api/sla").then().statusCode(403);
    as(admin)
        .contentType(ContentType.JSON)
        .body(
            "{\"targets\":[{\"priority\":\"LOW\",\"firstResponse\":\"P2D\",\"resolution\":\"PT1H\"},"
                + "{\"priority\":\"HIGH\",\"firstResponse\":\"soon\",\"resolution\":\"P1D\"}]}")
        .put("/api/sla")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("targets[0]"))
        .body("violations.field", hasItem("targets[1]"));
    // Back to the configured values, as an override.
    as(admin)
        .contentType(ContentType.JSON)
        .body(
            "{\"targets\":[{\"priority\":\"LOW\",\"firstResponse\":\"P2D\","
                + "\"resolution\":\"P10D\"}]}")
        .put("/api/sla")
        .then()
        .statusCode(200);
  }
}
