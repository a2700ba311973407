package io.vitrina.catalog.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vitrina.catalog.image.domain.TestImages;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Product images over HTTP: upload, list, fetch with caching, reorder, delete. */
@MicroShedTest
class ImageIT {

  @Test
  void shouldUploadListFetchReorderAndDeleteImages() throws Exception {
    String admin = Tokens.admin();
    String product = Catalog.product(admin, "ACTIVE");
    byte[] png = TestImages.image("png", 12, 8);

    Response created =
        Images.file(admin, "front.png", png, "image/png")
            .multiPart(
                new MultiPartSpecBuilder("Zapatilla de café, vista frontal")
                    .controlName("alt")
                    .mimeType("text/plain")
                    .charset(StandardCharsets.UTF_8)
                    .build())
            .post(Images.path(product))
            .then()
            .statusCode(201)
            .body("position", equalTo(0))
            .body("contentType", equalTo("image/png"))
            .body("width", equalTo(12))
            .body("height", equalTo(8))
            .body("size", equalTo(png.length))
            .body("alt", equalTo("Zapatilla de café, vista frontal"))
            .extract()
            .response();
    String first = created.path("id");
    assertThat(created.header("Location"), endsWith(Images.path(product) + "/" + first));
    assertEquals(created.header("Location"), created.path("url"));
    String second = Images.uploaded(admin, product, TestImages.image("jpeg", 30, 20));
    String third = Images.uploaded(admin, product, TestImages.WEBP_1X1);

    given()
        .get(Images.path(product))
        .then()
        .statusCode(200)
        .body("id", contains(first, second, third))
        .body("position", contains(0, 1, 2))
        .body("contentType", contains("image/png", "image/jpeg", "image/webp"));

    String etag =
        "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png)) + "\"";
    byte[] served =
        given()
            .get(Images.path(product) + "/" + first)
            .then()
            .statusCode(200)
            .contentType("image/png")
            .header("ETag", equalTo(etag))
            .header("Cache-Control", equalTo("public, max-age=86400"))
            .header("X-Content-Type-Options", equalTo("nosniff"))
            .header("Content-Disposition", equalTo("inline"))
            .extract()
            .asByteArray();
    assertArrayEquals(png, served);
    given()
        .header("If-None-Match", etag)
        .get(Images.path(product) + "/" + first)
        .then()
        .statusCode(304)
        .header("ETag", equalTo(etag))
        .body(emptyString());

    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(order(third, first, second))
        .put(Images.path(product) + "/order")
        .then()
        .statusCode(200)
        .body("id", contains(third, first, second))
        .body("position", contains(0, 1, 2));
    given().get(Images.path(product)).then().body("id", contains(third, first, second));

    given()
        .header("Authorization", admin)
        .delete(Images.path(product) + "/" + third)
        .then()
        .statusCode(204);
    given()
        .get(Images.path(product))
        .then()
        .body("id", contains(first, second))
        .body("position", contains(0, 1));
    given()
        .get(Images.path(product) + "/" + third)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void shouldStoreTheTypeReadFromTheBytesNotTheOneClaimed() {
    String admin = Tokens.admin();
    String product = Catalog.product(admin, "ACTIVE");
    String id =
        Images.file(admin, "photo.jpg", TestImages.image("gif", 4, 4), "image/jpeg")
            .post(Images.path(product))
            .then()
            .statusCode(201)
            .body("contentType", equalTo("image/gif"))
            .extract()
            .path("id");
    given().get(Images.path(product) + "/" + id).then().statusCode(200).contentType("image/gif");
  }

  @Test
  void shouldAcceptAnImageLargerThanTheServiceWideBodyLimit() {
    String admin = Tokens.admin();
    String product = Catalog.product(admin, "ACTIVE");
    // About 270 KB, beyond the 64 KiB every other request may send.
    byte[] large = Images.noisyPng(300, 300);
    String id = Images.uploaded(admin, product, large);
    assertArrayEquals(
        large, given().get(Images.path(product) + "/" + id).then().extract().asByteArray());
  }

  @Test
  void shouldShowImagesOfDraftProductsToAdministratorsOnly() {
    String admin = Tokens.admin();
    String product = Catalog.product(admin, "DRAFT");
    String id = Images.uploaded(admin, product, TestImages.image("png", 2, 2));

    given().get(Images.path(product)).then().statusCode(404);
    given().get(Images.path(product) + "/" + id).then().statusCode(404);
    given()
        .header("Authorization", Tokens.customer())
        .get(Images.path(product) + "/" + id)
        .then()
        .statusCode(404);
    given()
        .header("Authorization", admin)
        .get(Images.path(product))
        .then()
        .statusCode(200)
        .body("id", contains(id));
    given()
        .header("Authorization", admin)
        .get(Images.path(product) + "/" + id)
        .then()
        .statusCode(200)
        .header("Cache-Control", equalTo("private, no-cache"));
  }

  @Test
  void shouldRefuseMoreImagesThanAProductMayHave() {
    String admin = Tokens.admin();
    String product = Catalog.product(admin, "ACTIVE");
    byte[] png = TestImages.image("png", 3, 3);
    for (int i = 0; i < 12; i++) {
      Images.uploaded(admin, product, png);
    }
    Images.upload(admin, product, png, "image/png")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    given().get(Images.path(product)).then().body("size()", equalTo(12));
  }

  @Test
  void shouldRefuseAnOrderThatIsNotExactlyTheProductsImages() {
    String admin = Tokens.admin();
    String product = Catalog.product(admin, "ACTIVE");
    String first = Images.uploaded(admin, product, TestImages.image("png", 2, 2));
    String second = Images.uploaded(admin, product, TestImages.image("png", 3, 3));
    String elsewhere =
        Images.uploaded(admin, Catalog.product(admin, "ACTIVE"), TestImages.image("png", 4, 4));

    for (String body : List.of(order(first), order(first, second, elsewhere))) {
      given()
          .header("Authorization", admin)
          .contentType(ContentType.JSON)
          .body(body)
          .put(Images.path(product) + "/order")
          .then()
          .statusCode(409)
          .contentType("application/problem+json");
    }
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body(order(first, first))
        .put(Images.path(product) + "/order")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body("{\"imageIds\":[\"not-an-id\"]}")
        .put(Images.path(product) + "/order")
        .then()
        .statusCode(400);
    given().get(Images.path(product)).then().body("id", contains(first, second));
  }

  private static String order(String... ids) {
    var array = Json.createArrayBuilder();
    for (String id : ids) {
      array.add(id);
    }
    return Json.createObjectBuilder().add("imageIds", array).build().toString();
  }
}
