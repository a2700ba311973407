package io.vitrina.catalog.it;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/** Test fixture: uploads product images through the public API. */
final class Images {

  private Images() {}

  static String path(String productId) {
    return "/api/products/" + productId + "/images";
  }

  /** A multipart upload of a file part, as a browser would send it. */
  static RequestSpecification file(String auth, String fileName, byte[] bytes, String claimedType) {
    RequestSpecification request = given().multiPart("file", fileName, bytes, claimedType);
    return auth == null ? request : request.header("Authorization", auth);
  }

  static Response upload(String auth, String productId, byte[] bytes, String claimedType) {
    return file(auth, "upload", bytes, claimedType).post(path(productId));
  }

  /** Uploads an image that must be accepted; its id. */
  static String uploaded(String admin, String productId, byte[] bytes) {
    return upload(admin, productId, bytes, "application/octet-stream")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** A PNG of random pixels: it does not compress, so its size is about 3 bytes a pixel. */
  static byte[] noisyPng(int width, int height) {
    Random random = new Random(width * 31L + height);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
