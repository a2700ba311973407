package io.vitrina.user.profile.api;

import io.vitrina.user.account.domain.SupportedPreferences;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link SupportedLanguage}. */
public class SupportedLanguageValidator implements ConstraintValidator<SupportedLanguage, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || SupportedPreferences.isSupportedLanguage(value);
  }
}
