package io.vitrina.user.account.api;

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

/** An assigned ISO 3166-1 alpha-2 country code, upper case. Null is valid. */
@Documented
@Constraint(validatedBy = CountryCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface CountryCode {

  String message() default "must be an ISO 3166-1 alpha-2 country code such as ES";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
