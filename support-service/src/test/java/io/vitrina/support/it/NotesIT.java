package io.vitrina.support.it;

import static io.vitrina.support.it.Tickets.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Internal notes: agents write and read them; customers never learn that one exists. */
@MicroShedTest
class NotesIT {

  @Test
  void shouldKeepNotesOutOfEveryCustomerView() {
    String customer = Tokens.customer();
    String agent = Tokens.agent();
    String secret = "note-" + UUID.randomUUID().toString().substring(0, 8) + " customer is abusive";
    String id = Tickets.open(customer, "Notes stay inside");
    Tickets.write(agent, id, "We are looking into it.", false).statusCode(201);
    Response before = as(customer).get("/api/tickets/" + id);
    String noteId =
        Tickets.write(agent, id, secret, true)
            .statusCode(201)
            .body("internal", equalTo(true))
            .extract()
            .path("id");
    String attachmentUrl =
        as(agent)
            .multiPart("file", "note.txt", "internal evidence".getBytes(StandardCharsets.UTF_8))
            .post("/api/tickets/" + id + "/messages/" + noteId + "/attachments")
            .then()
            .statusCode(201)
            .extract()
            .path("url");

    // The ticket: same version, same count, not a trace.
    Response after = as(customer).get("/api/tickets/" + id);
    after.then().statusCode(200).body("messageCount", equalTo(1)).body("noteCount", nullValue());
    assertEquals(before.header("ETag"), after.header("ETag"), "a note does not change the ticket");
    assertFalse(after.asString().contains(secret));
    // The thread.
    Response thread = as(customer).get("/api/tickets/" + id + "/messages");
    thread
        .then()
        .statusCode(200)
        .body("$", hasSize(1))
        .body("id", not(hasItem(noteId)))
        .body("[0].internal", nullValue());
    assertFalse(thread.asString().contains(secret));
    // The queue, and a search for the note's own words.
    Response queue = as(customer).queryParam("q", secret).get("/api/tickets");
    queue.then().statusCode(200).body("total", equalTo(0));
    assertFalse(as(customer).get("/api/tickets").asString().contains(secret));
    // The note's attachment, and attaching to the note.
    as(customer).get(attachmentUrl).then().statusCode(404);
    as(customer)
        .multiPart("file", "x.txt", "x".getBytes(StandardCharsets.UTF_8))
        .post("/api/tickets/" + id + "/messages/" + noteId + "/attachments")
        .then()
        .statusCode(404);
    // Customers cannot write notes.
    Tickets.write(customer, id, "psst", true).statusCode(403);

    // Agents see it all.
    as(agent)
        .get("/api/tickets/" + id)
        .then()
        .body("noteCount", equalTo(1))
        .body("messageCount", equalTo(1));
    as(agent)
        .get("/api/tickets/" + id + "/messages")
        .then()
        .body("$", hasSize(2))
        .body("find { it.id == '" + noteId + "' }.body", equalTo(secret))
        .body("find { it.id == '" + noteId + "' }.internal", equalTo(true));
    as(agent).queryParam("q", secret).get("/api/tickets").then().body("items.id", hasItem(id));
    as(agent).get(attachmentUrl).then().statusCode(200);
  }
}
