package io.vitrina.user.credential;

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

/**
 * A new password meets {@link PasswordPolicy} (except the rule about the email, which needs the
 * account: see {@link PasswordNotEmail}). Null is valid; combine with {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = StrongPasswordValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface StrongPassword {

  String message() default "is not strong enough";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
