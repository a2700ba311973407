package io.vitrina.user.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void shouldAcceptAMixedPasswordOfTwelveCharacters() {
    assertTrue(PasswordPolicy.violations("Correct-Horse-9", "ana@example.com").isEmpty());
  }

  @Test
  void shouldAcceptALongPassphraseOfOneClass() {
    assertTrue(PasswordPolicy.violations("purple monkey dishwasher", null).isEmpty());
  }

  @Test
  void shouldRefuseShortPasswords() {
    assertEquals(1, PasswordPolicy.violations("Aa1!short", null).size());
  }

  @Test
  void shouldRefuseOverlongPasswords() {
    assertEquals(1, PasswordPolicy.violations("Aa1!" + "b".repeat(200), null).size());
  }

  @Test
  void shouldRefuseShortPasswordsOfTwoClasses() {
    assertEquals(1, PasswordPolicy.violations("abcdefgh1234", null).size());
  }

  @Test
  void shouldRefuseThePasswordEqualToTheEmail() {
    assertTrue(
        PasswordPolicy.violations("Ana.Lopez@Example.com", "ana.lopez@example.com")
            .contains("must not be the email address"));
  }

  @Test
  void shouldRefuseCommonPasswordsWhateverTheirCase() {
    assertTrue(PasswordPolicy.violations("PASSWORD1234!", null).contains("is too common"));
    assertTrue(
        PasswordPolicy.violations("CorrectHorseBatteryStaple", null).contains("is too common"));
  }

  @Test
  void shouldCountCharactersNotUtf16Units() {
    // Twelve emoji are twelve characters, of the symbol class only: long enough, too uniform.
    String emoji = "😀".repeat(12);
    assertEquals(1, PasswordPolicy.violations(emoji, null).size());
  }

  @Test
  void shouldTreatNullAsNothingToReport() {
    assertTrue(PasswordPolicy.violations(null, null).isEmpty());
  }
}
