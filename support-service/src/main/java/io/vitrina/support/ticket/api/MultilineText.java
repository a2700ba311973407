package io.vitrina.support.ticket.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Plain text of several lines, such as a message: tabs and line breaks are allowed, other control
 * characters and bidirectional overrides (which hide or reorder what an agent reads) are not.
 * Markup is allowed and stays inert text: nothing of Vitrina renders a body as HTML. Null is valid.
 */
@Documented
@Constraint(validatedBy = MultilineText.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface MultilineText {

  String message() default "must not contain control characters other than tabs and line breaks";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link MultilineText}. */
  class Validator implements ConstraintValidator<MultilineText, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value == null || isMultilineText(value);
    }

    static boolean isMultilineText(CharSequence value) {
      return value.codePoints().noneMatch(Validator::isForbidden);
    }

    private static boolean isForbidden(int c) {
      if (c == '\t' || c == '\n' || c == '\r') {
        return false;
      }
      return Character.getType(c) == Character.CONTROL
          || (c >= 0x202A && c <= 0x202E)
          || (c >= 0x2066 && c <= 0x2069);
    }
  }
}
