package io.vitrina.user.credential;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Reports each broken rule of {@link PasswordPolicy} as its own violation. */
public class StrongPasswordValidator implements ConstraintValidator<StrongPassword, String> {

  @Override
  public boolean isValid(String password, ConstraintValidatorContext context) {
    List<String> violations = PasswordPolicy.violations(password, null);
    if (violations.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    violations.forEach(
        message -> context.buildConstraintViolationWithTemplate(message).addConstraintViolation());
    return false;
  }
}
