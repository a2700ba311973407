package io.vitrina.catalog.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class ProductIT {

  @Test
  void shouldCreateActiveProductThatAnyoneCanRead() {
    String admin = Tokens.admin();
    String category = Catalog.category(admin);
    String sku = Catalog.newSku();
    Response created =
        given()
            .header("Authorization", admin)
            .contentType(ContentType.JSON)
            .body(Catalog.productBody(sku, category, "ACTIVE").build().toString())
            .post("/api/products")
            .then()
            .statusCode(201)
            .header("ETag", equalTo("\"1\""))
            .body("sku", equalTo(sku))
            .body("price", equalTo(19.99f))
            .body("currency", equalTo("EUR"))
            .body("attributes.colour", equalTo("red"))
            .extract()
            .response();
    String id = created.path("id");
    org.hamcrest.MatcherAssert.assertThat(
        created.header("Location"), endsWith("/api/products/" + id));

    given().get("/api/products/" + id).then().statusCode(200).body("sku", equalTo(sku));
    given()
        .queryParam("sku", sku)
        .get("/api/products")
        .then()
        .statusCode(200)
        .body("id", equalTo(id));
  }

  @Test
  void shouldHideDraftFromAnonymousAndCustomersButNotFromAdmins() {
    String admin = Tokens.admin();
    String id = Catalog.product(admin, "DRAFT");
    given()
        .get("/api/products/" + id)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .header("Authorization", Tokens.customer())
        .get("/api/products/" + id)
        .then()
        .statusCode(404);
    given()
        .header("Authorization", admin)
        .get("/api/products/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"));
  }

  @Test
  void shouldRefuseUpdateFromStaleVersion() {
    String admin = Tokens.admin();
    String category = Catalog.category(admin);
    String id = Catalog.product(admin, category, "ACTIVE");
    String update =
        "{\"name\":\"Renamed\",\"price\":25.50,\"currency\":\"USD\",\"categoryId\":\""
            + category
            + "\",\"status\":\"ACTIVE\"}";

    given()
        .header("Authorization", admin)
        .header("If-Match", "\"1\"")
        .contentType(ContentType.JSON)
        .body(update)
        .put("/api/products/" + id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"2\""))
        .body("price", equalTo(25.5f))
        .body("version", equalTo(2));

    given()
        .header("Authorization", admin)
        .header("If-Match", "\"1\"")
        .contentType(ContentType.JSON)
        .body(update.replace("Renamed", "Lost update"))
        .put("/api/products/" + id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("version 2"));
    given().get("/api/products/" + id).then().body("name", equalTo("Renamed"));
  }

  @Test
  void shouldRequireVersionOnUpdate() {
    String admin = Tokens.admin();
    String category = Catalog.category(admin);
    String id = Catalog.product(admin, category, "ACTIVE");
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(
            "{\"name\":\"X\",\"price\":1,\"currency\":\"EUR\",\"categoryId\":\""
                + category
                + "\",\"status\":\"ACTIVE\"}")
        .put("/api/products/" + id)
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
  }

  @Test
  void shouldDiscontinueProductAndHideItFromThePublic() {
    String admin = Tokens.admin();
    String id = Catalog.product(admin, "ACTIVE");
    given()
        .header("Authorization", admin)
        .post("/api/products/" + id + "/discontinue")
        .then()
        .statusCode(200)
        .body("status", equalTo("DISCONTINUED"));
    given().get("/api/products/" + id).then().statusCode(404);
  }

  @Test
  void shouldPageProductsOfCategoryAndItsDescendants() {
    String admin = Tokens.admin();
    String root = Catalog.category(admin);
    String child = Catalog.category(admin, root);
    String grandchild = Catalog.category(admin, child);
    Catalog.product(admin, root, "ACTIVE");
    Catalog.product(admin, child, "ACTIVE");
    Catalog.product(admin, grandchild, "ACTIVE");
    Catalog.product(admin, grandchild, "DRAFT");

    given()
        .queryParam("size", 2)
        .get("/api/categories/" + root + "/products")
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items.size()", equalTo(2))
        .body("items.attributes.colour", contains("red", "red"))
        .body("size", equalTo(2));
    given()
        .queryParam("page", 1)
        .queryParam("size", 2)
        .get("/api/categories/" + root + "/products")
        .then()
        .body("items.size()", equalTo(1));
    given()
        .header("Authorization", admin)
        .get("/api/categories/" + root + "/products")
        .then()
        .body("total", equalTo(4));
    given()
        .get("/api/categories/" + grandchild + "/products")
        .then()
        .body("total", equalTo(1))
        .body("items.categoryId", contains(grandchild));
  }
}
