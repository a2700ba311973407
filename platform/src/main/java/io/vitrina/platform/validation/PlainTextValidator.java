package io.vitrina.platform.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}. */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || isPlain(value);
  }

  /** Whether the text has no control character (C0, DEL, C1) and no bidirectional control. */
  public static boolean isPlain(CharSequence value) {
    return value.codePoints().noneMatch(PlainTextValidator::isForbidden);
  }

  private static boolean isForbidden(int codePoint) {
    return Character.getType(codePoint) == Character.CONTROL
        || (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069);
  }
}
