package io.vitrina.support.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.util.function.Predicate;

/** Calls of support-service's API that the tests share. */
final class Tickets {

  private static final String BASE = "http://localhost:" + System.getProperty("vitrina.http.port");

  private Tickets() {}

  static RequestSpecification as(String bearer) {
    return given().baseUri(BASE).header("Authorization", bearer);
  }

  static RequestSpecification anonymous() {
    return given().baseUri(BASE);
  }

  static JsonObjectBuilder inquiry(String subject) {
    return Json.createObjectBuilder()
        .add("type", "INQUIRY")
        .add("subject", subject)
        .add("body", "Where is my parcel? It was due on Monday.");
  }

  /** Opens a ticket as the customer; its id. */
  static String open(String customer, JsonObjectBuilder ticket) {
    return as(customer)
        .contentType(ContentType.JSON)
        .body(ticket.build().toString())
        .post("/api/tickets")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /**
   * Opens a ticket about an order whose events the test has just published, once the read model has
   * applied all of them: they are applied one by one, so until then the order may be unknown (503)
   * or not DELIVERED yet, or without its delivery time (409), and the same request is tried again,
   * for up to 30 s. The first other answer.
   */
  static Response openOnceDelivered(String customer, String ticketJson) {
    return postUntil(customer, "/api/tickets", ticketJson, Tickets::notDeliveredYet);
  }

  /**
   * Posts the same JSON again, every 300 ms for up to 30 s, while {@code notYet} says the answer is
   * one that changes once the read model has caught up with the events the test published; the
   * first other answer.
   */
  static Response postUntil(String customer, String path, String json, Predicate<Response> notYet) {
    Response[] last = new Response[1];
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> {
              last[0] = as(customer).contentType(ContentType.JSON).body(json).post(path);
              return !notYet.test(last[0]);
            });
    return last[0];
  }

  private static boolean notDeliveredYet(Response response) {
    if (response.statusCode() == 503) {
      return true;
    }
    String detail = response.statusCode() == 409 ? response.path("detail") : null;
    return detail != null
        && (detail.contains("only a DELIVERED order") || detail.contains("not known yet"));
  }

  static String open(String customer, String subject) {
    return open(customer, inquiry(subject));
  }

  static ValidatableResponse write(String bearer, String ticketId, String body, boolean internal) {
    return as(bearer)
        .contentType(ContentType.JSON)
        .body(
            Json.createObjectBuilder()
                .add("body", body)
                .add("internal", internal)
                .build()
                .toString())
        .post("/api/tickets/" + ticketId + "/messages")
        .then();
  }

  static long version(String bearer, String ticketId) {
    return Long.parseLong(
        as(bearer)
            .get("/api/tickets/" + ticketId)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag")
            .replace("\"", "")
            .replace("W/", ""));
  }

  static ValidatableResponse patch(String bearer, String ticketId, long version, String json) {
    return as(bearer)
        .contentType(ContentType.JSON)
        .header("If-Match", "\"" + version + "\"")
        .body(json)
        .patch("/api/tickets/" + ticketId)
        .then();
  }
}
