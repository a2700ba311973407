package io.vitrina.catalog.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import io.vitrina.catalog.image.domain.TestImages;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Uploads that are not images, too large, malformed or not allowed: refused, nothing stored. */
@MicroShedTest
class ImageHostileInputIT {

  private static final int MAX_BYTES = 5 * 1024 * 1024;

  @Test
  void shouldRefuseMarkupSentAsAnImage() {
    String admin = Tokens.admin();
    String product = Catalog.product(admin, "ACTIVE");
    String[][] uploads = {
      {"cat.png", "image/png", "<html><body><script>alert(document.cookie)</script></body></html>"},
      {
        "logo.svg",
        "image/svg+xml",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
      },
      {"notes.png", "image/png", "Meeting notes, renamed to look like a picture.\n"},
      {"photo.jpg", "image/jpeg", "<?php system($_GET['c']); ?>"}
    };
    for (String[] upload : uploads) {
      Images.file(admin, upload[0], upload[2].getBytes(StandardCharsets.UTF_8), upload[1])
          .post(Images.path(product))
          .then()
          .statusCode(415)
          .contentType("application/problem+json")
          .body("type", equalTo("https://vitrina.io/problems/unsupported-image"));
    }
    assertNoImages(product);
  }

  @Test
  void shouldRefuseScriptBehindAnImageSignatureAndTruncatedImages() {
    String admin = Tokens.admin();
    String product = Catalog.product(admin, "ACTIVE");
    byte[] polyglot = "GIF89a/*<script>alert(1)</script>*/;".getBytes(StandardCharsets.US_ASCII);
    Images.upload(admin, product, polyglot, "image/gif")
        .then()
        .statusCode(anyOf(equalTo(415), equalTo(422)))
        .contentType("application/problem+json");
    byte[] png = TestImages.image("png", 40, 40);
    Images.upload(admin, product, Arrays.copyOf(png, png.length / 2), "image/png")
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
    assertNoImages(product);
  }

  @Test
  void shouldRefuseHugeDimensionsBeforeDecoding() {
    String admin = Tokens.admin();
    String product = Catalog.product(admin, "ACTIVE");
    Images.upload(admin, product, TestImages.pngDeclaring(100_000, 100_000), "image/png")
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
    assertNoImages(product);
  }

  @Test
  void shouldRefuseAFileLargerThanTheImageLimit() {
    String admin = Tokens.admin();
    String product = Catalog.product(admin, "ACTIVE");
    byte[] justTooLarge = Arrays.copyOf(TestImages.image("png", 2, 2), MAX_BYTES + 1);
    Images.upload(admin, product, justTooLarge, "image/png")
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
    assertNoImages(product);
  }

  @Test
  void shouldRefuseABodyFarBeyondTheUploadAllowanceBeforeReadingIt() {
    String admin = Tokens.admin();
    String product = Catalog.product(admin, "ACTIVE");
    Images.upload(admin, product, new byte[MAX_BYTES + 512 * 1024], "image/png")
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
    assertNoImages(product);
  }

  @Test
  void shouldRefuseUploadsWithoutTheFilePartOrWithBadParts() {
    String admin = Tokens.admin();
    String product = Catalog.product(admin, "ACTIVE");
    given()
        .header("Authorization", admin)
        .multiPart("alt", "No file")
        .post(Images.path(product))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("file"));
    byte[] png = TestImages.image("png", 2, 2);
    Images.file(admin, "a.png", png, "image/png")
        .multiPart("alt", "x".repeat(201))
        .post(Images.path(product))
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("alt"));
    Images.file(admin, "a.png", png, "image/png")
        .multiPart(
            new MultiPartSpecBuilder("Hidden\u202Etext")
                .controlName("alt")
                .mimeType("text/plain")
                .charset(StandardCharsets.UTF_8)
                .build())
        .post(Images.path(product))
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("alt"));
    Images.file(admin, "a.png", png, "image/png")
        .multiPart("file", "b.png", png, "image/png")
        .post(Images.path(product))
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("file"));
    Images.file(admin, "a.png", png, "image/png")
        .multiPart("thumbnail", "c.png", png, "image/png")
        .post(Images.path(product))
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("thumbnail"));
    given()
        .header("Authorization", admin)
        .contentType(ContentType.JSON)
        .body("{\"file\":\"iVBORw0KGgo=\"}")
        .post(Images.path(product))
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
    assertNoImages(product);
  }

  @Test
  void shouldRequireCatalogAdministratorsToChangeImages() {
    String admin = Tokens.admin();
    String customer = Tokens.customer();
    String product = Catalog.product(admin, "ACTIVE");
    String image = Images.uploaded(admin, product, TestImages.image("png", 2, 2));
    byte[] png = TestImages.image("png", 3, 3);

    Images.upload(null, product, png, "image/png").then().statusCode(401);
    Images.upload(customer, product, png, "image/png")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .contentType(ContentType.JSON)
        .body("{\"imageIds\":[\"" + image + "\"]}")
        .put(Images.path(product) + "/order")
        .then()
        .statusCode(401);
    given()
        .header("Authorization", customer)
        .contentType(ContentType.JSON)
        .body("{\"imageIds\":[\"" + image + "\"]}")
        .put(Images.path(product) + "/order")
        .then()
        .statusCode(403);
    given().delete(Images.path(product) + "/" + image).then().statusCode(401);
    given()
        .header("Authorization", customer)
        .delete(Images.path(product) + "/" + image)
        .then()
        .statusCode(403);
    given().get(Images.path(product)).then().body("size()", equalTo(1));
  }

  @Test
  void shouldNotReachAnImageThroughAnotherProduct() {
    String admin = Tokens.admin();
    String owner = Catalog.product(admin, "ACTIVE");
    String other = Catalog.product(admin, "ACTIVE");
    String image = Images.uploaded(admin, owner, TestImages.image("png", 2, 2));

    given().get(Images.path(other) + "/" + image).then().statusCode(404);
    given()
        .header("Authorization", admin)
        .delete(Images.path(other) + "/" + image)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given().get(Images.path("00000000-0000-0000-0000-000000000000")).then().statusCode(404);
    Images.upload(admin, "00000000-0000-0000-0000-000000000000", TestImages.WEBP_1X1, "image/webp")
        .then()
        .statusCode(404);
    given().get(Images.path(owner) + "/" + image).then().statusCode(200);
  }

  private static void assertNoImages(String product) {
    given().get(Images.path(product)).then().statusCode(200).body("size()", equalTo(0));
  }
}
