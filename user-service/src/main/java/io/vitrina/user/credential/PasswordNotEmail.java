package io.vitrina.user.credential;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** On a request carrying both: the password is not the email. Reported on the password field. */
@Documented
@Constraint(validatedBy = PasswordNotEmailValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface PasswordNotEmail {

  String message() default "must not be the email address";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** A request with an email and a new password. */
  interface Credentials {
    String email();

    String password();
  }
}
