package io.vitrina.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds the SQL that gives each service its own schema and a user allowed on that schema only.
 * Identifiers cannot be bound as JDBC parameters in DDL, so they are validated against a strict
 * pattern before being quoted into the statements, and passwords are restricted to characters that
 * need no escaping under any SQL mode.
 */
final class ProvisioningSql {
  static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,31}");
  private static final Pattern SAFE_PASSWORD =
      Pattern.compile("[A-Za-z0-9!#$%&()*+,./:;<=>?@^_{|}~-]{8,128}");

  private ProvisioningSql() {}

  /** The value itself when it is a valid schema or user name; an exception naming it otherwise. */
  static String identifier(String kind, String value) {
    if (value == null || !IDENTIFIER.matcher(value).matches()) {
      throw new IllegalArgumentException(
          kind
              + " name '"
              + value
              + "' is not allowed: use 1 to 32 characters of a-z, 0-9 and _, starting with a"
              + " letter");
    }
    return value;
  }

  static String password(String value) {
    if (value == null || !SAFE_PASSWORD.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "A database password must be 8 to 128 printable ASCII characters without quotes,"
              + " backslashes or spaces");
    }
    return value;
  }

  /**
   * Idempotent statements: the user is created when missing and its password always set again, so a
   * lost credentials file is healed by the next run.
   *
   * @param xaRecoverAdmin MySQL 8 lets a user run {@code XA RECOVER} only with XA_RECOVER_ADMIN;
   *     without it the transaction manager cannot finish in-doubt XA transactions after a crash.
   *     MariaDB has no such privilege and lets a user recover its own XA transactions without one
   *     (checked on 11.4), so it is granted on MySQL only.
   */
  static List<String> provision(
      String schema, String user, String password, boolean xaRecoverAdmin) {
    String quotedSchema = "`" + identifier("Schema", schema) + "`";
    String account = account(user);
    String secret = "'" + password(password) + "'";
    List<String> statements = new ArrayList<>();
    statements.add("CREATE DATABASE IF NOT EXISTS " + quotedSchema + " CHARACTER SET utf8mb4");
    statements.add("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY " + secret);
    statements.add("ALTER USER " + account + " IDENTIFIED BY " + secret);
    statements.add("GRANT ALL PRIVILEGES ON " + quotedSchema + ".* TO " + account);
    if (xaRecoverAdmin) {
      statements.add("GRANT XA_RECOVER_ADMIN ON *.* TO " + account);
    }
    return statements;
  }

  /**
   * Run by the embedded server itself at each start (its init file), before it accepts connections:
   * the admin account exists with the stored password whatever state the data directory is in, and
   * the anonymous accounts a fresh install creates are removed.
   */
  static List<String> embeddedAdmin(String adminUser, String adminHost, String password) {
    String account = "'" + identifier("Admin user", adminUser) + "'@'" + host(adminHost) + "'";
    String secret = "'" + password(password) + "'";
    return List.of(
        "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY " + secret,
        "ALTER USER " + account + " IDENTIFIED BY " + secret,
        "GRANT ALL PRIVILEGES ON *.* TO " + account + " WITH GRANT OPTION",
        "DELETE FROM mysql.global_priv WHERE User = ''",
        "FLUSH PRIVILEGES");
  }

  static String account(String user) {
    return "'" + identifier("User", user) + "'@'%'";
  }

  private static String host(String host) {
    if (!host.matches("[0-9a-z.:%]+")) {
      throw new IllegalArgumentException("Host '" + host + "' is not allowed");
    }
    return host;
  }
}
