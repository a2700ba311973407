package io.vitrina.support.ticket.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Decides what a file is from its bytes, never from the name or the Content-Type the uploader sent.
 * Accepted: PNG, JPEG, GIF and PDF by their signatures, and plain text: valid UTF-8 without control
 * characters other than tab, line feed and carriage return. Anything else, an HTML page included
 * when it is not valid text, is not accepted. An HTML or SVG file that is valid text is accepted as
 * text and always served as {@code text/plain} with {@code nosniff}, so a browser never renders it.
 */
public final class AttachmentInspector {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
  private static final byte[] GIF87 = {'G', 'I', 'F', '8', '7', 'a'};
  private static final byte[] GIF89 = {'G', 'I', 'F', '8', '9', 'a'};
  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

  private AttachmentInspector() {}

  /** The type of the bytes, or empty when they are none of the accepted kinds. */
  public static Optional<AttachmentType> sniff(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return Optional.empty();
    }
    if (startsWith(bytes, PNG)) {
      return Optional.of(AttachmentType.PNG);
    }
    if (startsWith(bytes, JPEG)) {
      return Optional.of(AttachmentType.JPEG);
    }
    if (startsWith(bytes, GIF87) || startsWith(bytes, GIF89)) {
      return Optional.of(AttachmentType.GIF);
    }
    if (startsWith(bytes, PDF)) {
      return Optional.of(AttachmentType.PDF);
    }
    return isPlainText(bytes) ? Optional.of(AttachmentType.TEXT) : Optional.empty();
  }

  static boolean startsWith(byte[] bytes, byte[] signature) {
    if (bytes.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (bytes[i] != signature[i]) {
        return false;
      }
    }
    return true;
  }

  /** Valid UTF-8 with no control characters but tab, line feed and carriage return. */
  static boolean isPlainText(byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException notUtf8) {
      return false;
    }
    return text.codePoints()
        .allMatch(c -> c == '\t' || c == '\n' || c == '\r' || !Character.isISOControl(c));
  }

  /** The hex SHA-256 of the bytes: the attachment's strong ETag. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java runtime has SHA-256", impossible);
    }
  }

  /**
   * A file name safe for a Content-Disposition header and a reader: the last path segment, with
   * everything but letters, digits, dot, hyphen, underscore and space replaced, at most 100
   * characters; "attachment" when nothing is left.
   */
  public static String safeFileName(String name) {
    if (name == null) {
      return "attachment";
    }
    String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    String safe = last.replaceAll("[^A-Za-z0-9._ -]", "_").strip();
    if (safe.length() > 100) {
      safe = safe.substring(safe.length() - 100);
    }
    return safe.isEmpty() || safe.chars().allMatch(c -> c == '.') ? "attachment" : safe;
  }
}
