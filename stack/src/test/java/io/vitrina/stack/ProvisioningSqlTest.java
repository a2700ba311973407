package io.vitrina.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProvisioningSqlTest {

  @Test
  void shouldCreateTheSchemaAndAUserAllowedOnItOnly() {
    List<String> sql = ProvisioningSql.provision("users", "users_app", "Secret-pass-1", false);

    assertEquals(
        List.of(
            "CREATE DATABASE IF NOT EXISTS `users` CHARACTER SET utf8mb4",
            "CREATE USER IF NOT EXISTS 'users_app'@'%' IDENTIFIED BY 'Secret-pass-1'",
            "ALTER USER 'users_app'@'%' IDENTIFIED BY 'Secret-pass-1'",
            "GRANT ALL PRIVILEGES ON `users`.* TO 'users_app'@'%'"),
        sql);
  }

  @Test
  void shouldGrantNothingGlobalExceptXaRecoveryWhenAsked() {
    List<String> withoutXa = ProvisioningSql.provision("orders", "orders", "Secret-pass-1", false);
    List<String> withXa = ProvisioningSql.provision("orders", "orders", "Secret-pass-1", true);

    assertFalse(withoutXa.stream().anyMatch(s -> s.contains("*.*")));
    assertEquals(
        List.of("GRANT XA_RECOVER_ADMIN ON *.* TO 'orders'@'%'"),
        withXa.stream().filter(s -> s.contains("*.*")).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"users", "a", "order_items", "s3", "abcdefghijklmnopqrstuvwxyz012345"})
  void shouldAcceptSimpleLowerCaseNames(String name) {
    assertEquals(name, ProvisioningSql.identifier("Schema", name));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "Users",
        "1users",
        "_users",
        "user-service",
        "users`; DROP DATABASE mysql; --",
        "users'@'%",
        "users ",
        "usérs",
        "abcdefghijklmnopqrstuvwxyz0123456"
      })
  void shouldRejectAnyOtherName(String name) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ProvisioningSql.identifier("User", name));
    assertTrue(e.getMessage().startsWith("User name"), e.getMessage());
  }

  @Test
  void shouldValidateSchemaAndUserBeforeBuildingAnyStatement() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ProvisioningSql.provision("users`.*", "users", "Secret-pass-1", false));
    assertThrows(
        IllegalArgumentException.class,
        () -> ProvisioningSql.provision("users", "root'@'%", "Secret-pass-1", false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"it's-secret", "back\\slash1", "with space1", "short", "tab\tpass1"})
  void shouldRejectPasswordsThatWouldNeedQuoting(String password) {
    assertThrows(
        IllegalArgumentException.class,
        () -> ProvisioningSql.provision("users", "users", password, false));
  }

  @Test
  void shouldSetTheEmbeddedAdminPasswordAndDropAnonymousUsers() {
    List<String> sql = ProvisioningSql.embeddedAdmin("root", "127.0.0.1", "Admin-pass-12");

    assertTrue(sql.contains("ALTER USER 'root'@'127.0.0.1' IDENTIFIED BY 'Admin-pass-12'"));
    assertTrue(sql.contains("DELETE FROM mysql.global_priv WHERE User = ''"));
  }
}
