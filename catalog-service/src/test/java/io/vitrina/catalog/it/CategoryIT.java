package io.vitrina.catalog.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class CategoryIT {

  @Test
  void shouldCreateCategoryTreeAndReadItAnonymously() {
    String admin = Tokens.admin();
    String slug = "shoes-" + Catalog.unique();
    String root =
        given()
            .header("Authorization", admin)
            .contentType(ContentType.JSON)
            .body("{\"name\":\"Shoes\",\"slug\":\"" + slug + "\"}")
            .post("/api/categories")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/categories/"))
            .extract()
            .path("id");
    String child = Catalog.category(admin, root);

    given()
        .get("/api/categories/" + child)
        .then()
        .statusCode(200)
        .body("parentId", equalTo(root))
        .body("path", equalTo("/" + root + "/" + child + "/"));
    given()
        .get("/api/categories")
        .then()
        .statusCode(200)
        .body("find { it.id == '" + root + "' }.slug", equalTo(slug))
        .body("find { it.id == '" + root + "' }.children.id", hasItem(child));
  }

  @Test
  void shouldRenameCategory() {
    String admin = Tokens.admin();
    String id = Catalog.category(admin);
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body("{\"name\":\"Renamed\",\"slug\":\"renamed-" + Catalog.unique() + "\"}")
        .put("/api/categories/" + id + "/name")
        .then()
        .statusCode(200)
        .body("name", equalTo("Renamed"));
    given().get("/api/categories/" + id).then().body("name", equalTo("Renamed"));
  }

  @Test
  void shouldMoveCategoryAndRefuseMoveUnderOwnDescendant() {
    String admin = Tokens.admin();
    String root = Catalog.category(admin);
    String child = Catalog.category(admin, root);
    String grandchild = Catalog.category(admin, child);
    String elsewhere = Catalog.category(admin);

    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body("{\"parentId\":\"" + grandchild + "\"}")
        .put("/api/categories/" + root + "/parent")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("descendants"));

    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body("{\"parentId\":\"" + elsewhere + "\"}")
        .put("/api/categories/" + child + "/parent")
        .then()
        .statusCode(200)
        .body("parentId", equalTo(elsewhere));
    given()
        .get("/api/categories/" + grandchild)
        .then()
        .body("path", equalTo("/" + elsewhere + "/" + child + "/" + grandchild + "/"));
  }

  @Test
  void shouldRefuseDuplicateSlugAmongSiblings() {
    String admin = Tokens.admin();
    String root = Catalog.category(admin);
    String body = "{\"name\":\"Twin\",\"slug\":\"twin\",\"parentId\":\"" + root + "\"}";
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/categories")
        .then()
        .statusCode(201);
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/categories")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void shouldAnswerNotFoundForUnknownCategory() {
    given()
        .get("/api/categories/00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
