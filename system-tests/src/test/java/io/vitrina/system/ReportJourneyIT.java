package io.vitrina.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The administrators' reports, built off a JMS queue by each service's worker: request (202 +
 * Location), poll the report until it is DONE, download the CSV, and find in it the sale or the
 * stock the journey just made.
 */
class ReportJourneyIT {

  /** Requests a report, polls it as a client would, and downloads its CSV's lines. */
  private static List<String> report(String baseUri, String admin, String kind, String body) {
    Response accepted =
        given()
            .baseUri(baseUri)
            .header("Authorization", admin)
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/reports/" + kind);
    accepted.then().statusCode(202).header("Location", containsString("/api/reports/"));
    String location = accepted.header("Location");
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              String status =
                  given()
                      .header("Authorization", admin)
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
    Response content = given().header("Authorization", admin).get(location + "/content");
    content.then().statusCode(200).contentType(containsString("text/csv"));
    return List.of(new String(content.asByteArray(), StandardCharsets.UTF_8).split("\r\n"));
  }

  private static Optional<List<String>> row(List<String> lines, String column, String value) {
    List<String> header = Arrays.asList(lines.get(0).split(","));
    int index = header.indexOf(column);
    assertTrue(index >= 0, "no column " + column + " in " + header);
    return lines.stream()
        .skip(1)
        .map(line -> Arrays.asList(line.split(",", -1)))
        .filter(cells -> cells.size() > index && value.equals(cells.get(index)))
        .findFirst();
  }

  private static String cell(List<String> lines, List<String> row, String column) {
    return row.get(Arrays.asList(lines.get(0).split(",")).indexOf(column));
  }

  @Test
  void shouldReportTheStockOfACategoryAsItStandsAfterASale() {
    String admin = Journey.adminToken();
    String product = Journey.stockedProduct(admin, 8);
    Response read = given().baseUri(Journey.CATALOG).get("/api/products/" + product);
    String sku = read.path("sku");
    String categoryId = read.path("categoryId");
    Journey.paidOrder(Journey.newCustomer(), product, 3);
    await().atMost(Duration.ofSeconds(30)).until(() -> Journey.inventory(admin, product)[0] == 5);

    List<String> lines =
        report(
            Journey.CATALOG,
            admin,
            "inventory",
            Json.createObjectBuilder()
                .add("categoryId", categoryId)
                .add("lowStockOnly", false)
                .build()
                .toString());

    assertEquals(2, lines.size(), "the header and the category's one product: " + lines);
    List<String> row = row(lines, "sku", sku).orElseThrow();
    assertEquals("5", cell(lines, row, "on_hand"));
    assertEquals("0", cell(lines, row, "reserved"));
  }

  @Test
  void shouldReportTodaysSalesOfAProduct() {
    String admin = Journey.adminToken();
    String product = Journey.stockedProduct(admin, 6);
    Journey.paidOrder(Journey.newCustomer(), product, 2);
    Journey.paidOrder(Journey.newCustomer(), product, 1);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    List<String> lines =
        report(
            Journey.ORDERS,
            admin,
            "sales",
            Json.createObjectBuilder()
                .add("from", today.minusDays(1).toString())
                .add("to", today.plusDays(1).toString())
                .add("groupBy", "product")
                .build()
                .toString());

    List<String> row =
        row(lines, "product_id", product).orElseThrow(() -> new AssertionError(lines));
    assertEquals("2", cell(lines, row, "orders"));
    assertEquals("3", cell(lines, row, "units"));
    assertEquals("EUR", cell(lines, row, "currency"));
    assertEquals(0, new BigDecimal("37.50").compareTo(new BigDecimal(cell(lines, row, "revenue"))));
  }
}
