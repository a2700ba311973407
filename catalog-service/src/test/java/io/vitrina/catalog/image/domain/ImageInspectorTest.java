package io.vitrina.catalog.image.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.platform.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageInspectorTest {

  private static final int MAX = 8000;

  @ParameterizedTest
  @CsvSource({"png, PNG, image/png", "jpeg, JPEG, image/jpeg", "gif, GIF, image/gif"})
  void shouldAcceptRealImagesWithTheirDimensions(String writer, ImageFormat format, String type) {
    ImageFacts facts = ImageInspector.inspect(TestImages.image(writer, 7, 5), MAX);
    assertEquals(new ImageFacts(format, 7, 5), facts);
    assertEquals(type, facts.format().mediaType());
  }

  @Test
  void shouldAcceptWebpBySignatureAndHeader() {
    assertEquals(
        new ImageFacts(ImageFormat.WEBP, 1, 1), ImageInspector.inspect(TestImages.WEBP_1X1, MAX));
    assertEquals(
        new ImageFacts(ImageFormat.WEBP, 640, 480),
        ImageInspector.inspect(TestImages.webpDeclaring(640, 480), MAX));
  }

  @Test
  void shouldRefuseTextRenamedToPng() {
    byte[] text = "Just some notes, saved as notes.png\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(Optional.empty(), ImageInspector.sniff(text));
    assertStatus(415, text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>",
        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
        "   <html><img src=x onerror=alert(1)></html>",
        ""
      })
  void shouldRefuseMarkupWhateverItClaimsToBe(String payload) {
    assertStatus(415, payload.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void shouldRefuseScriptBehindAGifSignature() {
    byte[] polyglot = "GIF89a/*<script>alert(1)</script>*/;".getBytes(StandardCharsets.US_ASCII);
    ProblemException refused =
        assertThrows(ProblemException.class, () -> ImageInspector.inspect(polyglot, MAX));
    assertTrue(refused.status() == 415 || refused.status() == 422, "refused as " + refused);
  }

  @Test
  void shouldRefuseTruncatedPng() {
    byte[] png = TestImages.image("png", 20, 20);
    assertStatus(415, Arrays.copyOf(png, png.length / 2));
    assertStatus(415, Arrays.copyOf(png, 20));
    assertStatus(415, Arrays.copyOf(png, 8));
  }

  @Test
  void shouldRefuseTruncatedJpegAndGif() {
    byte[] jpeg = TestImages.image("jpeg", 20, 20);
    assertStatus(415, Arrays.copyOf(jpeg, jpeg.length - 10));
    byte[] gif = TestImages.image("gif", 20, 20);
    assertStatus(415, Arrays.copyOf(gif, gif.length - 5));
  }

  @Test
  void shouldRefusePngWhoseHeaderIsGarbage() {
    byte[] png = TestImages.image("png", 4, 4);
    byte[] garbled = png.clone();
    Arrays.fill(garbled, 8, 33, (byte) 0x41);
    assertStatus(415, garbled);
  }

  @Test
  void shouldRefuseHugeDimensionsFromTheHeaderAlone() {
    ImageTooLargeException refused =
        assertThrows(
            ImageTooLargeException.class,
            () -> ImageInspector.inspect(TestImages.pngDeclaring(100_000, 100_000), MAX));
    assertEquals(422, refused.status());
    assertTrue(refused.detail().contains("100000x100000"), refused.detail());
    assertStatus(422, TestImages.pngDeclaring(8001, 10));
    assertStatus(422, TestImages.webpDeclaring(16_000, 16_000));
  }

  @Test
  void shouldAcceptDimensionsAtTheLimit() {
    assertEquals(
        new ImageFacts(ImageFormat.PNG, MAX, 1),
        ImageInspector.inspect(TestImages.pngDeclaring(MAX, 1), MAX));
  }

  @Test
  void shouldRefuseGifWhoseLogicalScreenIsHuge() {
    byte[] gif = TestImages.image("gif", 4, 4);
    gif[6] = (byte) 0xFF;
    gif[7] = (byte) 0xFF;
    gif[8] = (byte) 0xFF;
    gif[9] = (byte) 0xFF;
    assertStatus(422, gif);
  }

  @Test
  void shouldRefuseWebpWhoseContainerSizeIsWrong() {
    byte[] webp = TestImages.WEBP_1X1;
    assertStatus(415, Arrays.copyOf(webp, webp.length - 2));
    byte[] padded = Arrays.copyOf(webp, webp.length + 100);
    assertStatus(415, padded);
  }

  private static void assertStatus(int status, byte[] bytes) {
    ProblemException refused =
        assertThrows(ProblemException.class, () -> ImageInspector.inspect(bytes, MAX));
    assertEquals(status, refused.status(), refused.getMessage());
  }
}
