package io.vitrina.user.credential;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PasswordNotEmail}, naming the password as the invalid field. */
public class PasswordNotEmailValidator
    implements ConstraintValidator<PasswordNotEmail, PasswordNotEmail.Credentials> {

  @Override
  public boolean isValid(PasswordNotEmail.Credentials request, ConstraintValidatorContext context) {
    if (request == null || request.password() == null || request.email() == null) {
      return true;
    }
    if (!request.password().strip().equalsIgnoreCase(request.email().strip())) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode("password")
        .addConstraintViolation();
    return false;
  }
}
