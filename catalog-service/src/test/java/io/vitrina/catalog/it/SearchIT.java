package io.vitrina.catalog.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * GET /api/search over HTTP: ranking, filters, sorts, both kinds of paging, hostile input, caching.
 */
@MicroShedTest
class SearchIT {

  /** A word no other test's products contain: letters only, one full-text token. */
  private static String word() {
    StringBuilder word = new StringBuilder("zx");
    for (char c : Catalog.unique().toCharArray()) {
      word.append((char) ('a' + Character.digit(c, 16)));
    }
    return word.toString();
  }

  private static String product(
      String admin,
      String category,
      String name,
      String description,
      String price,
      String currency,
      String attrName,
      String attrValue) {
    var body =
        Catalog.productBody(Catalog.newSku(), category, "ACTIVE")
            .add("name", name)
            .add("description", description)
            .add("price", Json.createValue(new java.math.BigDecimal(price)))
            .add("currency", currency)
            .add("attributes", Json.createObjectBuilder().add(attrName, attrValue));
    return given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(body.build().toString())
        .post("/api/products")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static String product(
      String admin, String category, String name, String description, String price) {
    return product(admin, category, name, description, price, "EUR", "colour", "red");
  }

  private static String product(String admin, String category, String name, String price) {
    return product(admin, category, name, "Described", price, "EUR", "colour", "red");
  }

  @Test
  void shouldRankBestMatchFirst() {
    String admin = Tokens.admin();
    String category = Catalog.category(admin);
    String word = word();
    String once = product(admin, category, "Plain mug", "A mug with " + word, "8.00");
    String often =
        product(admin, category, "Mug " + word, word + " mug, " + word + " again", "9.00");
    product(admin, category, "Other mug", "Nothing", "7.00");

    given()
        .queryParam("q", word)
        .get("/api/search")
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("items.id", equalTo(List.of(often, once)))
        .body("items[0].score", notNullValue())
        .body("items[0].available", nullValue())
        .body("page", equalTo(0))
        .body("size", equalTo(20));
  }

  @Test
  void shouldFilterBySubtreePriceStockAndAttributes() {
    String admin = Tokens.admin();
    String root = Catalog.category(admin);
    String child = Catalog.category(admin, root);
    String grandchild = Catalog.category(admin, child);
    String deep = product(admin, grandchild, "Deep", "d", "5.00", "EUR", "material", "Oak");
    String middle = product(admin, child, "Middle", "m", "15.00", "EUR", "material", "pine");
    String top = product(admin, root, "Top", "t", "25.00", "USD", "material", "oak");
    Catalog.adjust(admin, middle, 2).then().statusCode(201);
    Catalog.adjust(admin, top, 1).then().statusCode(201);

    given()
        .queryParam("category", root)
        .get("/api/search")
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items.id", equalTo(List.of(deep, middle, top)));
    given().queryParam("category", child).get("/api/search").then().body("total", equalTo(2));
    given()
        .queryParam("category", root)
        .queryParam("minPrice", "5")
        .queryParam("maxPrice", "15.00")
        .queryParam("currency", "EUR")
        .queryParam("sort", "-price")
        .get("/api/search")
        .then()
        .body("items.id", equalTo(List.of(middle, deep)));
    given()
        .queryParam("category", root)
        .queryParam("inStock", "true")
        .get("/api/search")
        .then()
        .body("items.id", equalTo(List.of(middle, top)));
    given()
        .queryParam("category", root)
        .queryParam("attr.material", "oak")
        .get("/api/search")
        .then()
        .body("items.id", equalTo(List.of(deep, top)));
    given()
        .queryParam("category", root)
        .queryParam("attr.material", "oak")
        .queryParam("currency", "USD")
        .get("/api/search")
        .then()
        .body("items.id", equalTo(List.of(top)));
    // Administrators see stock levels.
    given()
        .header("Authorization", admin)
        .queryParam("category", root)
        .queryParam("inStock", "true")
        .get("/api/search")
        .then()
        .body("items.available", equalTo(List.of(2, 1)));
  }

  @Test
  void shouldSortByPriceNameAndNewest() {
    String admin = Tokens.admin();
    String category = Catalog.category(admin);
    String b = product(admin, category, "Bravo", "2.00");
    String c = product(admin, category, "charlie", "3.00");
    String a = product(admin, category, "Alpha", "1.00");

    assertEquals(List.of(a, b, c), ids("category", category, "sort", "price"));
    assertEquals(List.of(c, b, a), ids("category", category, "sort", "-price"));
    assertEquals(List.of(a, b, c), ids("category", category, "sort", "name"));
    assertEquals(List.of(a, c, b), ids("category", category, "sort", "newest"));
    assertEquals(List.of(a, b, c), ids("category", category));
  }

  private static List<String> ids(String... params) {
    var request = given();
    for (int i = 0; i < params.length; i += 2) {
      request.queryParam(params[i], params[i + 1]);
    }
    return request.get("/api/search").then().statusCode(200).extract().path("items.id");
  }

  @Test
  void shouldPageWithTotals() {
    String admin = Tokens.admin();
    String category = Catalog.category(admin);
    for (int i = 0; i < 5; i++) {
      product(admin, category, "Paged " + i, "1.00");
    }
    given()
        .queryParam("category", category)
        .queryParam("size", 2)
        .queryParam("page", 2)
        .get("/api/search")
        .then()
        .statusCode(200)
        .body("total", equalTo(5))
        .body("page", equalTo(2))
        .body("items.size()", equalTo(1))
        .body("next", nullValue());
    given()
        .queryParam("category", category)
        .queryParam("size", 2)
        .queryParam("page", 3)
        .get("/api/search")
        .then()
        .statusCode(200)
        .body("total", equalTo(5))
        .body("items.size()", equalTo(0));
  }

  @Test
  void shouldWalkEveryResultExactlyOnceByFollowingNext() {
    String admin = Tokens.admin();
    String category = Catalog.category(admin);
    String word = word();
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      // Prices and names in equal pairs: the cursor must break ties by id.
      created.add(
          product(
              admin,
              category,
              "Walk " + (i / 2) + " " + word,
              (word + " ").repeat(i / 2 + 1),
              (i / 2 + 1) + ".00",
              "EUR",
              "colour",
              "red"));
    }
    for (String sort : List.of("relevance", "price", "-price", "name", "newest")) {
      List<String> seen = new ArrayList<>();
      Response page =
          given()
              .queryParam("q", word)
              .queryParam("category", category)
              .queryParam("sort", sort)
              .queryParam("size", 3)
              .get("/api/search");
      int pages = 0;
      while (true) {
        page.then().statusCode(200).body("total", equalTo(7));
        JsonPath json = page.jsonPath();
        seen.addAll(json.getList("items.id", String.class));
        pages++;
        String next = json.getString("next");
        if (next == null) {
          break;
        }
        assertTrue(next.contains("cursor="), next);
        assertEquals("<" + next + ">; rel=\"next\"", page.header("Link"));
        page = given().urlEncodingEnabled(false).get(next);
        page.then().body("page", nullValue());
      }
      assertEquals(3, pages, sort);
      assertEquals(7, seen.size(), sort + " " + seen);
      assertEquals(new HashSet<>(created), new HashSet<>(seen), sort);
    }
  }

  @Test
  void shouldAnswerOddQueriesWithoutServerError() {
    List<String> odd =
        List.of(
            "\"",
            "+-*",
            "((",
            "))",
            "a".repeat(2000),
            "word ".repeat(150),
            "<script>alert(1)</script>",
            "' OR 1=1 --",
            "\"; DROP TABLE products; --",
            "%",
            "_",
            "\\",
            "@3 ~x <y >z",
            "😀 café",
            "\u0000");
    for (String q : odd) {
      int status = given().queryParam("q", q).get("/api/search").then().extract().statusCode();
      assertTrue(status == 200 || status == 400, q.length() > 40 ? q.substring(0, 40) : q);
    }
    given()
        .queryParam("q", "a".repeat(2000))
        .get("/api/search")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("q"));
    for (String cursor : List.of("x", "' OR 1=1 --", "AAAA", "%%%")) {
      given()
          .queryParam("cursor", cursor)
          .get("/api/search")
          .then()
          .statusCode(400)
          .body("violations.field", hasItem("cursor"));
    }
    for (String name : List.of("attr.' OR 1=1", "attr.", "attr.<b>")) {
      given()
          .queryParam(name, "x")
          .get("/api/search")
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
  }

  @Test
  void shouldListEveryInvalidParameter() {
    given()
        .queryParam("minPrice", "10")
        .queryParam("maxPrice", "5")
        .queryParam("currency", "EUR")
        .queryParam("sort", "random")
        .queryParam("size", 0)
        .queryParam("inStock", "maybe")
        .queryParam("category", "not-an-id")
        .get("/api/search")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItems("minPrice", "sort", "size", "inStock", "category"));
    given()
        .queryParam("minPrice", "10")
        .get("/api/search")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("currency"));
    given()
        .queryParam("size", 101)
        .get("/api/search")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("size"));
    given()
        .queryParam("size", 100)
        .queryParam("page", 100)
        .get("/api/search")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("page"))
        .body("violations[0].message", org.hamcrest.Matchers.containsString("cursor"));
  }

  @Test
  void shouldAnswer404ForUnknownCategoryAnd403ForUnlistedStatus() {
    given()
        .queryParam("category", "00000000-0000-0000-0000-000000000000")
        .get("/api/search")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given().queryParam("status", "DRAFT").get("/api/search").then().statusCode(403);
    given()
        .header("Authorization", Tokens.customer())
        .queryParam("status", "DRAFT")
        .get("/api/search")
        .then()
        .statusCode(403);
    String admin = Tokens.admin();
    String category = Catalog.category(admin);
    String draft = Catalog.product(admin, category, "DRAFT");
    given()
        .header("Authorization", admin)
        .queryParam("category", category)
        .queryParam("status", "DRAFT")
        .get("/api/search")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(draft)));
    given().queryParam("category", category).get("/api/search").then().body("total", equalTo(0));
  }

  @Test
  void shouldLetAnonymousAnswersBeCachedAndRevalidated() {
    String admin = Tokens.admin();
    String category = Catalog.category(admin);
    product(admin, category, "Cached", "1.00");

    Response first = given().queryParam("category", category).get("/api/search");
    first
        .then()
        .statusCode(200)
        .header("Cache-Control", startsWith("public, max-age="))
        .header("Vary", "Authorization")
        .header("ETag", startsWith("W/\""));
    String etag = first.header("ETag");

    given()
        .queryParam("category", category)
        .header("If-None-Match", etag)
        .get("/api/search")
        .then()
        .statusCode(304)
        .header("ETag", etag);

    // A change to the results changes the tag.
    product(admin, category, "Cached too", "2.00");
    given()
        .queryParam("category", category)
        .header("If-None-Match", etag)
        .get("/api/search")
        .then()
        .statusCode(200)
        .header("ETag", not(etag))
        .body("total", equalTo(2));

    // Signed-in answers are never stored.
    given()
        .header("Authorization", Tokens.customer())
        .queryParam("category", category)
        .header("If-None-Match", etag)
        .get("/api/search")
        .then()
        .statusCode(200)
        .header("Cache-Control", "private, no-store")
        .header("ETag", nullValue());
  }

  @Test
  void shouldAnswerProductReadWith304WhenVersionIsUnchanged() {
    String admin = Tokens.admin();
    String category = Catalog.category(admin);
    String id = Catalog.product(admin, category, "ACTIVE");

    given()
        .header("If-None-Match", "\"1\"")
        .get("/api/products/" + id)
        .then()
        .statusCode(304)
        .header("ETag", "\"1\"");
    given()
        .header("If-None-Match", "\"0\", \"7\"")
        .get("/api/products/" + id)
        .then()
        .statusCode(200);

    given()
        .header("Authorization", admin)
        .header("If-Match", "\"1\"")
        .contentType(ContentType.JSON)
        .body(
            "{\"name\":\"Changed\",\"price\":2,\"currency\":\"EUR\",\"categoryId\":\""
                + category
                + "\",\"status\":\"ACTIVE\"}")
        .put("/api/products/" + id)
        .then()
        .statusCode(200);
    given()
        .header("If-None-Match", "\"1\"")
        .get("/api/products/" + id)
        .then()
        .statusCode(200)
        .header("ETag", "\"2\"")
        .body("name", equalTo("Changed"));
  }
}
