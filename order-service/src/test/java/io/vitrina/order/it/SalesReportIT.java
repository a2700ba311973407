package io.vitrina.order.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The asynchronous sales report over HTTP: request (202 + Location), poll until the worker on the
 * queue has built it, download the CSV; who may request and read it; what the request refuses. The
 * report's figures over seeded orders are SalesReportArquillianIT's: no order can be paid over HTTP
 * here yet, so this test asks about a day long past, on which no test pays an order.
 */
@MicroShedTest
class SalesReportIT {

  private static Response request(String token, String body) {
    var request = given().header("Authorization", token).contentType(ContentType.JSON);
    return (body == null ? request : request.body(body)).post("/api/reports/sales");
  }

  private static String period(Object from, Object to, String groupBy) {
    return Json.createObjectBuilder()
        .add("from", String.valueOf(from))
        .add("to", String.valueOf(to))
        .add("groupBy", groupBy)
        .build()
        .toString();
  }

  /** A day of the second half of the 20th century: the seeded orders are paid before 1950. */
  private static LocalDate quietDay() {
    return LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(18_000));
  }

  /** Requests a report; its Location, after checking the 202. */
  private static String requested(String token, String body) {
    Response accepted = request(token, body);
    accepted
        .then()
        .statusCode(202)
        .header("Retry-After", matchesPattern("\\d+"))
        .body("kind", equalTo("sales"))
        .body("status", equalTo("QUEUED"));
    String location = accepted.header("Location");
    assertThat(location, matchesPattern(".*/api/reports/[0-9a-f-]{36}"));
    return location;
  }

  private static void awaitDone(String token, String location) {
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              String status =
                  given()
                      .header("Authorization", token)
                      .get(location)
                      .then()
                      .statusCode(200)
                      .extract()
                      .path("status");
              if ("FAILED".equals(status)) {
                throw new AssertionError("The report failed: " + location);
              }
              return "DONE".equals(status);
            });
  }

  @Test
  void shouldBuildTheReportOfAPeriodAndOfferItsCsvForDownload() {
    String admin = Tokens.admin();
    LocalDate day = quietDay();

    String location = requested(admin, period(day, day.plusDays(6), "product"));
    awaitDone(admin, location);

    String download =
        given()
            .header("Authorization", admin)
            .get(location)
            .then()
            .statusCode(200)
            .body("status", equalTo("DONE"))
            .body("rows", equalTo(0))
            .body("finishedAt", notNullValue())
            .header("Retry-After", nullValue())
            .header("Cache-Control", containsString("no-store"))
            .extract()
            .path("download");
    assertThat(download, containsString(location + "/content"));
    Response content = given().header("Authorization", admin).get(download);
    content
        .then()
        .statusCode(200)
        .contentType(containsString("text/csv"))
        .contentType(containsString("charset=UTF-8"))
        .header(
            "Content-Disposition",
            matchesPattern("attachment; filename=\"sales-\\d{8}T\\d{6}Z\\.csv\""));
    assertEquals(
        "product_id,sku,name,currency,orders,units,revenue,refunded_orders,refunded,net_revenue\r\n",
        new String(content.asByteArray(), StandardCharsets.UTF_8));
  }

  @Test
  void shouldShowAReportOnlyToItsRequesterAndAdmins() {
    String admin = Tokens.admin();
    String customer = Tokens.customer();
    LocalDate day = quietDay();
    String location = requested(admin, period(day, day, "day"));
    awaitDone(admin, location);

    given().header("Authorization", admin).get(location).then().statusCode(200);
    given()
        .header("Authorization", customer)
        .get(location)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .header("Authorization", customer)
        .get(location + "/content")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given().get(location).then().statusCode(401);
  }

  @Test
  void shouldLetOnlyAdministratorsRequestSalesReports() {
    LocalDate day = quietDay();
    request(Tokens.customer(), period(day, day, "day")).then().statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body(period(day, day, "day"))
        .post("/api/reports/sales")
        .then()
        .statusCode(401);
  }

  @Test
  void shouldRefuseMalformedOrTooLongPeriods() {
    String admin = Tokens.admin();
    request(admin, period("2026-01-31", "2026-01-01", "day"))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("to"));
    request(admin, period("2024-01-01", "2025-01-01", "day"))
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("to"));
    request(admin, period("2026-02-30", "2026-03-01", "day"))
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("from"));
    request(admin, period("01/02/2026", "2026-03-01", "day"))
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("from"));
    request(admin, period("2026-01-01", "2026-01-31", "week"))
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("groupBy"));
    request(admin, "{\"from\":\"2026-01-01\",\"groupBy\":\"day\"}")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("to"));
    request(admin, "[1,2]").then().statusCode(400).contentType("application/problem+json");
    request(admin, null).then().statusCode(400).contentType("application/problem+json");
  }

  @Test
  void shouldAnswer404ForUnknownReportsAnd400ForMalformedIds() {
    String admin = Tokens.admin();
    given()
        .header("Authorization", admin)
        .get("/api/reports/00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .header("Authorization", admin)
        .get("/api/reports/00000000-0000-0000-0000-000000000000/content")
        .then()
        .statusCode(404);
    given().header("Authorization", admin).get("/api/reports/nope").then().statusCode(400);
  }
}
