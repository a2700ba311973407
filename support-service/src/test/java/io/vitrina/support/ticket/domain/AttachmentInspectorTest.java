package io.vitrina.support.ticket.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttachmentInspectorTest {

  @Test
  void shouldRecogniseTheAcceptedKindsByTheirBytes() {
    assertEquals(
        Optional.of(AttachmentType.PNG),
        AttachmentInspector.sniff(
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0}));
    assertEquals(
        Optional.of(AttachmentType.JPEG),
        AttachmentInspector.sniff(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0x20}));
    assertEquals(
        Optional.of(AttachmentType.GIF),
        AttachmentInspector.sniff("GIF89a....".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(
        Optional.of(AttachmentType.PDF),
        AttachmentInspector.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(
        Optional.of(AttachmentType.TEXT),
        AttachmentInspector.sniff(
            "Order 42\r\n\tarrived broken – ça va".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void shouldRefuseWhatIsNoneOfThem() {
    assertTrue(AttachmentInspector.sniff(new byte[0]).isEmpty());
    assertTrue(AttachmentInspector.sniff(new byte[] {'M', 'Z', (byte) 0x90, 0}).isEmpty());
    assertTrue(AttachmentInspector.sniff(new byte[] {'P', 'K', 3, 4, 0}).isEmpty(), "zip");
    assertTrue(
        AttachmentInspector.sniff(new byte[] {'a', (byte) 0xc3, 0x28}).isEmpty(), "not UTF-8");
    assertTrue(
        AttachmentInspector.sniff("a\u0007bell".getBytes(StandardCharsets.UTF_8)).isEmpty(),
        "control characters");
  }

  @Test
  void shouldTreatMarkupAsPlainTextThatIsNeverRendered() {
    assertEquals(
        Optional.of(AttachmentType.TEXT),
        AttachmentInspector.sniff(
            "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
    assertTrue(AttachmentType.TEXT.mediaType().startsWith("text/plain"));
  }

  @Test
  void shouldMakeFileNamesSafeForAHeader() {
    assertEquals("receipt.pdf", AttachmentInspector.safeFileName("C:\\Users\\me\\receipt.pdf"));
    assertEquals("passwd", AttachmentInspector.safeFileName("../../etc/passwd"));
    assertEquals("a_b_.txt", AttachmentInspector.safeFileName("a\"b;.txt"));
    assertEquals("attachment", AttachmentInspector.safeFileName(".."));
    assertEquals("attachment", AttachmentInspector.safeFileName(null));
    assertEquals(100, AttachmentInspector.safeFileName("x".repeat(300) + ".txt").length());
  }
}
