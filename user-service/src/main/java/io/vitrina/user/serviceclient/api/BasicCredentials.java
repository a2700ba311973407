package io.vitrina.user.serviceclient.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A client id and secret from an {@code Authorization: Basic} header (RFC 7617).
 *
 * <p>RFC 6749 section 2.3.1 has clients form-encode both before joining them, and many clients skip
 * that. The two readings differ only for a secret with {@code +} or {@code %} in it (a base64
 * secret an operator chose, say), so both are offered as candidates; the secrets the stack
 * generates read the same either way.
 *
 * @param clientId the client id, decoded
 * @param secrets the secret as sent and, when different, form-decoded
 */
record BasicCredentials(String clientId, List<String> secrets) {

  private static final String SCHEME = "basic ";

  /** The credentials of a header; empty when it is missing, not Basic or malformed. */
  static Optional<BasicCredentials> parse(String authorization) {
    if (authorization == null
        || authorization.length() <= SCHEME.length()
        || !authorization.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(SCHEME.length()).strip()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String rawSecret = decoded.substring(colon + 1);
    Set<String> secrets = new LinkedHashSet<>();
    secrets.add(rawSecret);
    formDecode(rawSecret).ifPresent(secrets::add);
    return formDecode(decoded.substring(0, colon))
        .map(id -> new BasicCredentials(id, List.copyOf(secrets)));
  }

  private static Optional<String> formDecode(String value) {
    try {
      return Optional.of(URLDecoder.decode(value, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException malformedEscape) {
      return Optional.empty();
    }
  }
}
