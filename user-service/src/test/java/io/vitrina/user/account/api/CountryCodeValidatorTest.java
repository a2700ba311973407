package io.vitrina.user.account.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CountryCodeValidatorTest {

  private final CountryCodeValidator validator = new CountryCodeValidator();

  @Test
  void shouldAcceptAssignedAlpha2Codes() {
    assertTrue(validator.isValid("ES", null));
    assertTrue(validator.isValid("MX", null));
  }

  @Test
  void shouldRefuseNamesLowerCaseAndUnassignedCodes() {
    assertFalse(validator.isValid("Spain", null));
    assertFalse(validator.isValid("es", null));
    assertFalse(validator.isValid("XX", null));
  }
}
