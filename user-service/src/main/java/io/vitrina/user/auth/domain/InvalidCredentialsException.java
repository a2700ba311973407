package io.vitrina.user.auth.domain;

import io.vitrina.platform.problem.ProblemDetail;
import io.vitrina.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;

/**
 * 401 for any failed login: unknown email, wrong password and disabled account answer the same, so
 * that the login form cannot be used to find out who has an account.
 */
public class InvalidCredentialsException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public InvalidCredentialsException() {
    super(
        401,
        ProblemDetail.type("invalid-credentials"),
        "Invalid credentials",
        "The email or password is not correct.",
        List.of(),
        Map.of());
  }
}
