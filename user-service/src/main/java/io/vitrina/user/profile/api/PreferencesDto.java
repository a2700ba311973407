package io.vitrina.user.profile.api;

import io.vitrina.user.account.domain.NotificationChannel;
import io.vitrina.user.account.domain.Preferences;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Storefront preferences, in and out. An unknown channel name is an unreadable body (400). */
@Schema(name = "Preferences")
public record PreferencesDto(
    @NotNull
        @SupportedLanguage
        @Schema(
            example = "es",
            enumeration = {"en", "es", "fr", "de", "pt", "it"})
        String language,
    @NotNull @SupportedCurrency @Schema(example = "EUR") String currency,
    @NotNull Set<@NotNull NotificationChannel> notificationChannels,
    @NotNull Boolean marketingOptIn) {

  Preferences toDomain() {
    return new Preferences(language, currency, notificationChannels, marketingOptIn);
  }

  static PreferencesDto of(Preferences preferences) {
    return new PreferencesDto(
        preferences.language(),
        preferences.currency(),
        preferences.notificationChannels(),
        preferences.marketingOptIn());
  }
}
