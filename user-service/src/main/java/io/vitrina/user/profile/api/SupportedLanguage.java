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

/** A language the storefront supports (see {@code SupportedPreferences}). Null is valid. */
@Documented
@Constraint(validatedBy = SupportedLanguageValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface SupportedLanguage {

  String message() default "must be one of en, es, fr, de, pt, it";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
