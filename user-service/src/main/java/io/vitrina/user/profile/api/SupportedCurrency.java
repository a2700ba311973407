package io.vitrina.user.profile.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A currency the storefront supports (see {@code SupportedPreferences}). Null is valid. */
@Documented
@Constraint(validatedBy = SupportedCurrencyValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface SupportedCurrency {

  String message() default "is not a supported currency";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
