package io.vitrina.user.profile.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.user.account.domain.NotificationChannel;
import io.vitrina.user.account.domain.Preferences;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PreferencesValidationTest {

  @Test
  void shouldAcceptSupportedLanguagesOnly() {
    SupportedLanguageValidator validator = new SupportedLanguageValidator();
    assertTrue(validator.isValid("es", null));
    assertFalse(validator.isValid("klingon", null));
    assertFalse(validator.isValid("ES", null));
    assertTrue(validator.isValid(null, null), "missing is @NotNull's to report");
  }

  @Test
  void shouldAcceptSupportedCurrenciesOnly() {
    SupportedCurrencyValidator validator = new SupportedCurrencyValidator();
    assertTrue(validator.isValid("EUR", null));
    assertTrue(validator.isValid("MXN", null));
    assertFalse(validator.isValid("DOGE", null));
    assertFalse(validator.isValid("eur", null));
  }

  @Test
  void shouldMapPreferencesBothWaysWithoutLoss() {
    PreferencesDto dto =
        new PreferencesDto(
            "fr", "GBP", Set.of(NotificationChannel.SMS, NotificationChannel.PUSH), true);
    Preferences domain = dto.toDomain();
    assertEquals(dto, PreferencesDto.of(domain));
  }

  @Test
  void shouldStartNewAccountsWithoutMarketing() {
    Preferences defaults = Preferences.defaults();
    assertFalse(defaults.marketingOptIn());
    assertEquals(Set.of(NotificationChannel.EMAIL), defaults.notificationChannels());
  }
}
