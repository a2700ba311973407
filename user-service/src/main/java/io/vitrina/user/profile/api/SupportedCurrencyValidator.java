package io.vitrina.user.profile.api;

import io.vitrina.user.account.domain.SupportedPreferences;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SupportedCurrency}. */
public class SupportedCurrencyValidator implements ConstraintValidator<SupportedCurrency, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || SupportedPreferences.isSupportedCurrency(value);
  }
}
