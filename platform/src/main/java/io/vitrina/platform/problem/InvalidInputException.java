package io.vitrina.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * 400 with violations, for rules a service checks itself because they need state that Bean
 * Validation on the request does not have (a new password that equals the account's email).
 */
public class InvalidInputException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public InvalidInputException(List<Violation> violations) {
    super(
        400,
        Problems.VALIDATION_TYPE,
        Problems.VALIDATION_TITLE,
        Problems.VALIDATION_DETAIL,
        violations,
        Map.of());
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new Violation(field, message)));
  }
}
