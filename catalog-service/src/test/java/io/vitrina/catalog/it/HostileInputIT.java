package io.vitrina.catalog.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Wrong, hostile and oversized input: each a 4xx problem response, and nothing written. */
@MicroShedTest
class HostileInputIT {

  @Test
  void shouldRejectBadSku() {
    String admin = Tokens.admin();
    String category = Catalog.category(admin);
    for (String sku : new String[] {"ab", "lower-case", "-LEADING", "X'; DROP TABLE products;--"}) {
      given()
          .header("Authorization", admin)
          .contentType(ContentType.JSON)
          .body(Catalog.productBody(sku, category, "ACTIVE").build().toString())
          .post("/api/products")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("violations.field", hasItem("sku"));
    }
    assertNoProducts(admin, category);
  }

  @Test
  void shouldRejectNonPositiveAndSubCentPrices() {
    String admin = Tokens.admin();
    String category = Catalog.category(admin);
    for (String price : new String[] {"-1.00", "0", "1.005"}) {
      String sku = Catalog.newSku();
      given()
          .header("Authorization", admin)
          .contentType(ContentType.JSON)
          .body(
              Catalog.productBody(sku, category, "ACTIVE")
                  .add("price", Json.createValue(new java.math.BigDecimal(price)))
                  .build()
                  .toString())
          .post("/api/products")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("violations.field", hasItem("price"));
      given()
          .header("Authorization", admin)
          .queryParam("sku", sku)
          .get("/api/products")
          .then()
          .statusCode(404);
    }
    assertNoProducts(admin, category);
  }

  @Test
  void shouldRejectUnknownCategory() {
    String admin = Tokens.admin();
    String sku = Catalog.newSku();
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(
            Catalog.productBody(sku, "00000000-0000-0000-0000-000000000000", "ACTIVE")
                .build()
                .toString())
        .post("/api/products")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("categoryId"));
    given()
        .header("Authorization", admin)
        .queryParam("sku", sku)
        .get("/api/products")
        .then()
        .statusCode(404);
  }

  @Test
  void shouldRejectZeroAndNegativeQuantities() {
    String admin = Tokens.admin();
    String product = Catalog.stockedProduct(admin, 5);
    for (int quantity : new int[] {0, -1}) {
      String orderId = "order-" + Catalog.unique();
      given()
          .header("Authorization", admin)
          .contentType(ContentType.JSON)
          .body(Catalog.reservation(orderId, product, quantity))
          .post("/api/reservations")
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
      given()
          .header("Authorization", admin)
          .get("/api/reservations/" + orderId)
          .then()
          .statusCode(404);
    }
    Catalog.adjust(admin, product, 0)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    Catalog.inventory(admin, product)
        .then()
        .body("reserved", equalTo(0))
        .body("onHand", equalTo(5));
  }

  @Test
  void shouldRejectHugePageSize() {
    String category = Catalog.category(Tokens.admin());
    for (String size : new String[] {"101", "100000", "0", "-1"}) {
      given()
          .queryParam("size", size)
          .get("/api/categories/" + category + "/products")
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
  }

  @Test
  void shouldRejectSqlMetacharactersInSlugsAndKeepThemLiteralInNames() {
    String admin = Tokens.admin();
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body("{\"name\":\"Evil\",\"slug\":\"x' OR '1'='1\"}")
        .post("/api/categories")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("slug"));

    // A name is free text: quotes and semicolons are data, stored and returned verbatim.
    String name = "Robert'); DROP TABLE categories;-- %_";
    String id =
        given()
            .header("Authorization", admin)
            .contentType(ContentType.JSON)
            .body(
                Json.createObjectBuilder()
                    .add("name", name)
                    .add("slug", "bobby-" + Catalog.unique())
                    .build()
                    .toString())
            .post("/api/categories")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given().get("/api/categories/" + id).then().statusCode(200).body("name", equalTo(name));
    given().get("/api/categories").then().statusCode(200);
  }

  @Test
  void shouldRejectControlCharactersInNames() {
    String admin = Tokens.admin();
    String category = Catalog.category(admin);
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(
            Catalog.productBody(Catalog.newSku(), category, "ACTIVE")
                .add("name", "Hidden\u202Etext")
                .build()
                .toString())
        .post("/api/products")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("name"));
    assertNoProducts(admin, category);
  }

  @Test
  void shouldRejectMalformedJson() {
    String admin = Tokens.admin();
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body("{\"orderId\":\"o-1\",\"lines\":")
        .post("/api/reservations")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  private static void assertNoProducts(String admin, String category) {
    given()
        .header("Authorization", admin)
        .get("/api/categories/" + category + "/products")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
  }
}
