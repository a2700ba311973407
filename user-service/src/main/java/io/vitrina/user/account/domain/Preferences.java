package io.vitrina.user.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.util.EnumSet;
import java.util.Set;

/** How the user wants the storefront to speak to them. Values are checked before they get here. */
@Embeddable
public class Preferences {

  @Column(name = "pref_language", length = 2, nullable = false)
  private String language;

  @Column(name = "pref_currency", length = 3, nullable = false)
  private String currency;

  @Convert(converter = NotificationChannelsConverter.class)
  @Column(name = "pref_channels", length = 64, nullable = false)
  private Set<NotificationChannel> notificationChannels;

  @Column(name = "pref_marketing_opt_in", nullable = false)
  private boolean marketingOptIn;

  protected Preferences() {}

  public Preferences(
      String language,
      String currency,
      Set<NotificationChannel> notificationChannels,
      boolean marketingOptIn) {
    this.language = language;
    this.currency = currency;
    this.notificationChannels =
        notificationChannels.isEmpty()
            ? EnumSet.noneOf(NotificationChannel.class)
            : EnumSet.copyOf(notificationChannels);
    this.marketingOptIn = marketingOptIn;
  }

  /** What a new account starts with: no marketing unless the user opts in. */
  public static Preferences defaults() {
    return new Preferences(
        SupportedPreferences.DEFAULT_LANGUAGE,
        SupportedPreferences.DEFAULT_CURRENCY,
        EnumSet.of(NotificationChannel.EMAIL),
        false);
  }

  public String language() {
    return language;
  }

  public String currency() {
    return currency;
  }

  public Set<NotificationChannel> notificationChannels() {
    return Set.copyOf(notificationChannels);
  }

  public boolean marketingOptIn() {
    return marketingOptIn;
  }
}
