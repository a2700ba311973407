package io.vitrina.support.it;

import static io.vitrina.support.it.Tickets.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The support reports over HTTP: an agent requests one (202 + Location), polls it until the worker
 * on the queue has built it, and downloads the CSV; its figures are checked against tickets this
 * test opened, answered and resolved through the API, on an agent of the test's own. Who may
 * request and read, and bad input as RFC 9457 problems.
 */
@MicroShedTest
class SupportReportIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  private static String body(String kind, LocalDate from, LocalDate to) {
    return Json.createObjectBuilder()
        .add("kind", kind)
        .add("from", from.toString())
        .add("to", to.toString())
        .build()
        .toString();
  }

  /** Around today, so that a test running over midnight UTC still covers its tickets. */
  private static String aroundToday(String kind) {
    return body(kind, TODAY.minusDays(1), TODAY.plusDays(1));
  }

  private static Response request(String token, String body) {
    return as(token).contentType(ContentType.JSON).body(body).post("/api/reports");
  }

  /** Requests a report; its Location, after checking the 202. */
  private static String requested(String token, String body, String kind) {
    Response accepted = request(token, body);
    accepted
        .then()
        .statusCode(202)
        .header("Retry-After", matchesPattern("\\d+"))
        .body("kind", equalTo(kind));
    String location = accepted.header("Location");
    assertThat(location, matchesPattern(".*/api/reports/[0-9a-f-]{36}"));
    return location;
  }

  /** Polls a report the way a client would until it is DONE; its CSV. */
  private static String downloaded(String token, String location) {
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              String status =
                  as(token).get(location).then().statusCode(200).extract().path("status");
              if ("FAILED".equals(status)) {
                throw new AssertionError("The report failed: " + location);
              }
              return "DONE".equals(status);
            });
    String download = as(token).get(location).then().statusCode(200).extract().path("download");
    return as(token)
        .get(download)
        .then()
        .statusCode(200)
        .contentType(startsWith("text/csv"))
        .header("Content-Disposition", matchesPattern("attachment; filename=\".+\\.csv\""))
        .extract()
        .asString();
  }

  private static Instant instant(String bearer, String ticketId, String field) {
    String text =
        as(bearer)
            .get("/api/tickets/" + ticketId + "/sla")
            .then()
            .statusCode(200)
            .extract()
            .path(field);
    return text == null ? null : Instant.parse(text);
  }

  private static long seconds(Instant from, Instant to) {
    return Duration.between(from, to).toSeconds();
  }

  @Test
  void shouldReportTheTimesOfAnAgentsTicketsFromTicketsWorkedThroughTheApi() {
    String customer = Tokens.customer();
    String agent = Tokens.promoted("support-agent");
    String agentId = Tokens.userId(agent);
    String answered = Tickets.open(customer, "Report: answered and resolved");
    String waiting = Tickets.open(customer, "Report: answered only");
    String silent = Tickets.open(customer, "Report: not answered");
    for (String id : List.of(answered, waiting, silent)) {
      Tickets.patch(
              agent,
              id,
              Tickets.version(agent, id),
              "{\"status\":\"IN_PROGRESS\",\"assigneeId\":\"" + agentId + "\"}")
          .statusCode(200);
    }
    Tickets.write(agent, answered, "We are on it.", false).statusCode(201);
    Tickets.write(agent, waiting, "Could you send a photo?", false).statusCode(201);
    Tickets.patch(agent, answered, Tickets.version(agent, answered), "{\"status\":\"RESOLVED\"}")
        .statusCode(200);

    String location =
        requested(agent, aroundToday("ticket-times-by-agent"), "ticket-times-by-agent");
    List<String> lines = Arrays.asList(downloaded(agent, location).split("\r\n"));
    assertEquals(
        "agent,tickets,responded,first_response_avg_seconds,first_response_median_seconds,"
            + "first_response_p90_seconds,resolved,resolution_avg_seconds,"
            + "resolution_median_seconds,resolution_p90_seconds",
        lines.get(0));
    String row =
        lines.stream().filter(line -> line.startsWith(agentId + ",")).findFirst().orElseThrow();

    // The expected figures, from the times the API shows.
    Instant opened1 = Instant.parse(as(agent).get("/api/tickets/" + answered).path("openedAt"));
    Instant opened2 = Instant.parse(as(agent).get("/api/tickets/" + waiting).path("openedAt"));
    long first1 = seconds(opened1, instant(agent, answered, "firstRespondedAt"));
    long first2 = seconds(opened2, instant(agent, waiting, "firstRespondedAt"));
    long resolved1 = seconds(opened1, instant(agent, answered, "resolvedAt"));
    long low = Math.min(first1, first2);
    long high = Math.max(first1, first2);
    long mean = Math.floorDiv(low + high + 1, 2L);
    assertEquals(
        String.join(
            ",",
            agentId,
            "3",
            "2",
            String.valueOf(mean),
            String.valueOf(mean),
            String.valueOf(high),
            "1",
            String.valueOf(resolved1),
            String.valueOf(resolved1),
            String.valueOf(resolved1)),
        row);
  }

  @Test
  void shouldReportTheVolumeOfEveryTypeCountingTheTicketsOpenedInTheTest() {
    String customer = Tokens.customer();
    String agent = Tokens.agent();
    String before =
        downloaded(agent, requested(agent, aroundToday("ticket-volume"), "ticket-volume"));
    Tickets.open(customer, Tickets.inquiry("Report: feedback").add("type", "FEEDBACK"));
    Tickets.open(customer, Tickets.inquiry("Report: feedback again").add("type", "FEEDBACK"));
    // The same request again, now that the first one is DONE: a new report.
    String after =
        downloaded(agent, requested(agent, aroundToday("ticket-volume"), "ticket-volume"));

    List<String> rows = Arrays.asList(after.split("\r\n"));
    assertEquals("type,opened,resolved,unresolved", rows.get(0));
    assertEquals(
        List.of("INQUIRY", "RETURN", "COMPLAINT", "FEEDBACK"),
        rows.subList(1, 5).stream().map(row -> row.split(",")[0]).toList());
    for (String row : rows.subList(1, 5)) {
      long[] n = Arrays.stream(row.split(",")).skip(1).mapToLong(Long::parseLong).toArray();
      assertEquals(n[0], n[1] + n[2], row);
    }
    // Other tests may open tickets meanwhile: FEEDBACK grew by at least the two opened here.
    long feedbackBefore = opened(before, "FEEDBACK");
    assertTrue(opened(after, "FEEDBACK") >= feedbackBefore + 2, after);
  }

  private static long opened(String csv, String type) {
    return Arrays.stream(csv.split("\r\n"))
        .filter(row -> row.startsWith(type + ","))
        .mapToLong(row -> Long.parseLong(row.split(",")[1]))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void shouldLetOnlyAgentsAndAdminsRequestAndOnlyTheRequesterAndAdminsRead() {
    String agent = Tokens.promoted("support-agent");
    String body = aroundToday("ticket-volume");
    Tickets.anonymous()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/reports")
        .then()
        .statusCode(401);
    request(Tokens.customer(), body).then().statusCode(403);
    request(Tokens.promoted("catalog-admin"), body).then().statusCode(403);

    String location = requested(agent, body, "ticket-volume");
    downloaded(agent, location);
    String other = Tokens.promoted("support-agent");
    as(other).get(location).then().statusCode(404);
    as(other).get(location + "/content").then().statusCode(404);
    as(Tokens.customer()).get(location).then().statusCode(404);
    as(Tokens.admin()).get(location).then().statusCode(200).body("status", equalTo("DONE"));
    as(Tokens.admin()).get(location + "/content").then().statusCode(200);
  }

  @Test
  void shouldRefuseBadInputAsProblems() {
    String agent = Tokens.agent();
    request(agent, body("ticket-moods", TODAY, TODAY))
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("violations.field", hasItem("kind"));
    request(agent, "{\"kind\":\"ticket-volume\",\"from\":\"01/02/2026\"}")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("violations.field", hasItem("from"))
        .body("violations.field", hasItem("to"));
    request(agent, "{\"kind\":\"ticket-volume\",\"from\":\"2026-02-30\",\"to\":\"2026-03-01\"}")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("from"));
    request(agent, body("ticket-volume", TODAY, TODAY.minusDays(1)))
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("to"));
    request(agent, body("ticket-times-by-type", TODAY.minusDays(366), TODAY))
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("to"));
    as(agent)
        .contentType(ContentType.JSON)
        .post("/api/reports")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"));
  }
}
