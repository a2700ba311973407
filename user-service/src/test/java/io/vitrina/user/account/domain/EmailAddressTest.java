package io.vitrina.user.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EmailAddressTest {

  private static final Pattern SYNTAX = Pattern.compile(EmailAddress.PATTERN);

  @Test
  void shouldTrimAndLowerCase() {
    assertEquals("ana@example.com", EmailAddress.normalize("  Ana@Example.COM\t"));
  }

  @Test
  void shouldLowerCaseWithoutTheDefaultLocale() {
    // In a Turkish locale "I".toLowerCase() is a dotless ı.
    assertEquals("ivan@example.com", EmailAddress.normalize("IVAN@EXAMPLE.COM"));
  }

  @Test
  void shouldLeaveNullForValidationToReport() {
    assertNull(EmailAddress.normalize(null));
  }

  @Test
  void shouldHashNormalisedFormsAlike() {
    assertEquals(EmailAddress.hash("Ana@Example.com "), EmailAddress.hash("ana@example.com"));
    assertEquals(64, EmailAddress.hash("ana@example.com").length());
  }

  @Test
  void shouldAcceptOrdinaryAddresses() {
    assertTrue(SYNTAX.matcher("ana.lopez+shop@mail.example.co.uk").matches());
    assertTrue(SYNTAX.matcher("o'brien@example.ie").matches());
  }

  @Test
  void shouldRefuseInjectionShapedAddresses() {
    assertFalse(SYNTAX.matcher("robert'); drop table users;--@example.com").matches());
    assertFalse(SYNTAX.matcher("' or '1'='1' -- @example.com").matches());
    assertFalse(SYNTAX.matcher("ana@localhost").matches());
    assertFalse(SYNTAX.matcher("ana@@example.com").matches());
    assertFalse(SYNTAX.matcher("ana..lopez@example.com").matches());
  }
}
