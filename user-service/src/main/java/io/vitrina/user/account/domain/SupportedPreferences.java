package io.vitrina.user.account.domain;

import java.util.Set;

/**
 * The languages and currencies the storefront offers; a preference outside them would be stored but
 * never honoured, so it is refused.
 */
public final class SupportedPreferences {

  /** ISO 639-1 codes of the storefront's translations. */
  public static final Set<String> LANGUAGES = Set.of("en", "es", "fr", "de", "pt", "it");

  /** ISO 4217 codes the catalogue is priced in. */
  public static final Set<String> CURRENCIES =
      Set.of("EUR", "USD", "GBP", "MXN", "BRL", "CHF", "CAD");

  public static final String DEFAULT_LANGUAGE = "en";
  public static final String DEFAULT_CURRENCY = "EUR";

  private SupportedPreferences() {}

  public static boolean isSupportedLanguage(String code) {
    return code != null && LANGUAGES.contains(code);
  }

  public static boolean isSupportedCurrency(String code) {
    return code != null && CURRENCIES.contains(code);
  }
}
