package io.vitrina.support.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** What every Vitrina service serves besides its API: health, OpenAPI, metrics. */
@MicroShedTest
class PlatformIT {

  @Test
  void shouldBeReadyOnItsDatabaseAndBroker() {
    Tickets.anonymous()
        .get("/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItems("database", "broker"));
    Tickets.anonymous().get("/health/live").then().statusCode(200);
  }

  @Test
  void shouldDocumentItsApi() {
    Tickets.anonymous()
        .get("/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/api/tickets/{id}/messages/{messageId}/attachments"))
        .body(containsString("/api/sla"))
        .body(containsString("application/problem+json"));
  }

  @Test
  void shouldAnswerUnknownPathsWithAProblem() {
    Tickets.as(Tokens.customer())
        .get("/api/tickets/not-an-id")
        .then()
        .statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(404)))
        .contentType(containsString("application/problem+json"));
  }
}
