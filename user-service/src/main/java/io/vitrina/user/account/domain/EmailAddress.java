package io.vitrina.user.account.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Email rules in one place. Addresses are compared in normalised form (trimmed, lower-case) so that
 * {@code Ana@Example.com} and {@code ana@example.com } are one account; the local part's case is
 * technically significant but no mailbox provider Vitrina's customers use treats it so.
 */
public final class EmailAddress {

  /** RFC 5321's limit on a forward path. */
  public static final int MAX_LENGTH = 254;

  /**
   * A pragmatic address syntax: the RFC 5322 dot-atom local part and a DNS host name with at least
   * one dot. No quoted local parts, comments or IP literals: nobody registers with those, and they
   * are a favourite of injection payloads.
   */
  public static final String PATTERN =
      "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
          + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+";

  private EmailAddress() {}

  /** Trimmed and lower-cased; null stays null so that validation reports it as missing. */
  public static String normalize(String email) {
    return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * SHA-256 of the normalised address, hex: the key login throttling counts failures under, for
   * existing and unknown addresses alike, without storing the address typed.
   */
  public static String hash(String email) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(String.valueOf(normalize(email)).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is mandatory in every JRE", e);
    }
  }
}
