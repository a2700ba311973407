package io.vitrina.user.credential;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be: 12 to 128 characters; at least three of lower case, upper case,
 * digits and symbols unless it is a passphrase of 16 characters or more; not the account's email;
 * not one of the passwords attackers try first. Length is capped so that hashing stays bounded.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;
  public static final int PASSPHRASE_LENGTH = 16;

  private static final Set<String> COMMON = load("common-passwords.txt");

  private PasswordPolicy() {}

  /** Why a password is refused, one message per broken rule; empty when it is acceptable. */
  public static List<String> violations(String password, String email) {
    List<String> violations = new ArrayList<>();
    if (password == null) {
      return violations;
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      violations.add("must be between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters long");
      return violations;
    }
    if (length < PASSPHRASE_LENGTH && characterClasses(password) < 3) {
      violations.add(
          "must mix at least three of lower case, upper case, digits and symbols, or be at least "
              + PASSPHRASE_LENGTH
              + " characters long");
    }
    if (email != null && password.strip().equalsIgnoreCase(email.strip())) {
      violations.add("must not be the email address");
    }
    if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
      violations.add("is too common");
    }
    return violations;
  }

  static int characterClasses(String password) {
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean symbol = false;
    for (int cp : password.codePoints().toArray()) {
      if (Character.isLowerCase(cp)) {
        lower = true;
      } else if (Character.isUpperCase(cp)) {
        upper = true;
      } else if (Character.isDigit(cp)) {
        digit = true;
      } else {
        symbol = true;
      }
    }
    return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
  }

  private static Set<String> load(String resource) {
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
