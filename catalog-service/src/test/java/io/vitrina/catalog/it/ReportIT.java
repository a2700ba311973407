package io.vitrina.catalog.it;

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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * The asynchronous inventory report over HTTP: request (202 + Location), poll until the worker on
 * the queue has built it, download and parse the CSV; and who may see it.
 */
@MicroShedTest
class ReportIT {

  private static final List<String> HEADER =
      List.of(
          "sku",
          "name",
          "category",
          "status",
          "on_hand",
          "reserved",
          "available",
          "low_stock_threshold",
          "low_stock");

  private static Response request(String token, String body) {
    var request = given().header("Authorization", token).contentType(ContentType.JSON);
    return (body == null ? request : request.body(body)).post("/api/reports/inventory");
  }

  private static String filter(String categoryId, boolean lowStockOnly) {
    return Json.createObjectBuilder()
        .add("categoryId", categoryId)
        .add("lowStockOnly", lowStockOnly)
        .build()
        .toString();
  }

  /** Requests a report; its Location, after checking the 202. */
  private static String requested(String token, String body) {
    Response accepted = request(token, body);
    accepted
        .then()
        .statusCode(202)
        .header("Retry-After", matchesPattern("\\d+"))
        .body("kind", equalTo("inventory"));
    String location = accepted.header("Location");
    assertThat(location, matchesPattern(".*/api/reports/[0-9a-f-]{36}"));
    return location;
  }

  /** Polls a report the way a client would, until it is DONE. */
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

  private static Map<String, List<String>> bySku(List<List<String>> records) {
    assertEquals(HEADER, records.get(0));
    return records.subList(1, records.size()).stream()
        .collect(Collectors.toMap(record -> record.get(0), Function.identity()));
  }

  private static String product(String admin, String categoryId, String name, String status) {
    return given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(
            Catalog.productBody(Catalog.newSku(), categoryId, status)
                .add("name", name)
                .add("lowStockThreshold", 5)
                .build()
                .toString())
        .post("/api/products")
        .then()
        .statusCode(201)
        .extract()
        .path("sku");
  }

  private static String productId(String admin, String sku) {
    return given()
        .header("Authorization", admin)
        .get("/api/products?sku=" + sku)
        .then()
        .statusCode(200)
        .extract()
        .path("id");
  }

  @Test
  void shouldBuildTheInventoryOfACategorySubtreeAsCsv() {
    String admin = Tokens.admin();
    String root = Catalog.category(admin);
    String child = Catalog.category(admin, root);
    String rootName = given().get("/api/categories/" + root).then().extract().path("name");
    String childName = given().get("/api/categories/" + child).then().extract().path("name");
    String hostile = "=HYPERLINK(\"http://evil.example\",\"Café, ☕ 𝄞\")";
    String plentyName = "Plenty " + Catalog.unique();
    String plenty = product(admin, root, plentyName, "ACTIVE");
    String scarce = product(admin, child, hostile, "ACTIVE");
    String draft = product(admin, child, "-Draft Küche", "DRAFT");
    Catalog.adjust(admin, productId(admin, plenty), 12).then().statusCode(201);
    Catalog.adjust(admin, productId(admin, scarce), 4).then().statusCode(201);
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(Catalog.reservation("order-" + Catalog.unique(), productId(admin, scarce), 1))
        .post("/api/reservations")
        .then()
        .statusCode(201);
    String outside = product(admin, Catalog.category(admin), "Elsewhere", "ACTIVE");

    String location = requested(admin, filter(root, false));
    awaitDone(admin, location);

    String download =
        given()
            .header("Authorization", admin)
            .get(location)
            .then()
            .statusCode(200)
            .body("status", equalTo("DONE"))
            .body("rows", equalTo(3))
            .body("requestedAt", notNullValue())
            .body("finishedAt", notNullValue())
            .body("download", notNullValue())
            .header("Retry-After", nullValue())
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
            matchesPattern("attachment; filename=\"inventory-\\d{8}T\\d{6}Z\\.csv\""));
    String csv = new String(content.asByteArray(), StandardCharsets.UTF_8);
    Map<String, List<String>> rows = bySku(Csv.parse(csv));

    assertEquals(3, rows.size());
    assertEquals(
        List.of(plenty, plentyName, rootName, "ACTIVE", "12", "0", "12", "5", "false"),
        rows.get(plenty));
    assertEquals(
        List.of(
            scarce,
            "'" + hostile,
            rootName + " > " + childName,
            "ACTIVE",
            "4",
            "1",
            "3",
            "5",
            "true"),
        rows.get(scarce));
    assertEquals(
        List.of(
            draft,
            "'-Draft Küche",
            rootName + " > " + childName,
            "DRAFT",
            "0",
            "0",
            "0",
            "5",
            "true"),
        rows.get(draft));
    assertEquals(false, rows.containsKey(outside));
  }

  @Test
  void shouldListOnlyLowStockProductsWhenAsked() {
    String admin = Tokens.admin();
    String category = Catalog.category(admin);
    String plenty = product(admin, category, "Plenty", "ACTIVE");
    String low = product(admin, category, "Low", "ACTIVE");
    Catalog.adjust(admin, productId(admin, plenty), 50).then().statusCode(201);
    Catalog.adjust(admin, productId(admin, low), 5).then().statusCode(201);

    String location = requested(admin, filter(category, true));
    awaitDone(admin, location);

    String csv =
        given()
            .header("Authorization", admin)
            .get(location + "/content")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Map<String, List<String>> rows = bySku(Csv.parse(csv));
    assertEquals(List.of(low), List.copyOf(rows.keySet()));
    assertEquals("true", rows.get(low).get(8));
  }

  @Test
  void shouldShowAReportOnlyToItsRequesterAndAdmins() {
    String admin = Tokens.admin();
    String category = Catalog.category(admin);
    String requester = Users.catalogAdmin(admin);
    String otherCatalogAdmin = Users.catalogAdmin(admin);
    String customer = Tokens.customer();

    String location = requested(requester, filter(category, false));
    awaitDone(requester, location);

    given().header("Authorization", requester).get(location).then().statusCode(200);
    given().header("Authorization", admin).get(location).then().statusCode(200);
    given().header("Authorization", admin).get(location + "/content").then().statusCode(200);
    for (String stranger : List.of(otherCatalogAdmin, customer)) {
      given()
          .header("Authorization", stranger)
          .get(location)
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
      given()
          .header("Authorization", stranger)
          .get(location + "/content")
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
    }
    given().get(location).then().statusCode(401);
  }

  @Test
  void shouldRejectBadFilters() {
    String admin = Tokens.admin();
    request(admin, "{\"categoryId\":\"not-an-id\"}")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("categoryId"));
    request(admin, filter("00000000-0000-0000-0000-000000000000", false))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("categoryId"));
    request(admin, "{\"lowStockOnly\":\"maybe\"}")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    request(admin, "{\"lowStockOnly\":1}").then().statusCode(400);
    request(admin, "[1,2]").then().statusCode(400).contentType("application/problem+json");
    request(admin, null).then().statusCode(400).contentType("application/problem+json");
  }

  @Test
  void shouldQueueAReportOfEverythingForAnEmptyFilter() {
    requested(Tokens.admin(), "{}");
  }

  @Test
  void shouldLetOnlyCatalogAdministratorsRequestReports() {
    request(Tokens.customer(), "{}").then().statusCode(403);
    given()
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/reports/inventory")
        .then()
        .statusCode(401);
  }

  @Test
  void shouldAnswer404ForUnknownOrMalformedReportIds() {
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
