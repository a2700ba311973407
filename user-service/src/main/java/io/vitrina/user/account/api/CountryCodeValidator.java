package io.vitrina.user.account.api;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Set;

/** Checks {@link CountryCode} against the JDK's list of ISO 3166 codes. */
public class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {

  private static final Set<String> CODES =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || isCountryCode(value);
  }

  public static boolean isCountryCode(String value) {
    return CODES.contains(value);
  }
}
