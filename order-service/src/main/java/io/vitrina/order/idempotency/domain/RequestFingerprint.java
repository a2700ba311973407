package io.vitrina.order.idempotency.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The fingerprint of a request: SHA-256 over the operation (method and path) and the request's
 * canonical JSON (its parsed body written back with a fixed member order), so that the same request
 * sent with other whitespace or member order is the same request, and the same key on another
 * endpoint is another request. Only the hash is stored, never the body (which may carry a card).
 */
public final class RequestFingerprint {

  /** 1 to 255 printable ASCII characters, no spaces at either end. */
  private static final Pattern KEY =
      Pattern.compile("[\\x21-\\x7E]([\\x20-\\x7E]{0,253}[\\x21-\\x7E])?");

  private RequestFingerprint() {}

  public static String of(String operation, String canonicalBody) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(operation.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
      sha.update(
          canonicalBody == null ? new byte[0] : canonicalBody.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Whether a header value is a usable idempotency key. */
  public static boolean isValidKey(String key) {
    return key != null && KEY.matcher(key).matches();
  }
}
