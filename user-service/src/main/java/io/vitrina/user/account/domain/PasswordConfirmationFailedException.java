package io.vitrina.user.account.domain;

import io.vitrina.platform.problem.ProblemDetail;
import io.vitrina.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;

/**
 * 403: a sensitive change on one's own account (new password, erasure) was confirmed with the wrong
 * current password. Not 401: the caller is authenticated, the confirmation is what failed.
 */
public class PasswordConfirmationFailedException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public PasswordConfirmationFailedException() {
    super(
        403,
        ProblemDetail.type("password-confirmation-failed"),
        "Password confirmation failed",
        "The current password is not correct.",
        List.of(),
        Map.of());
  }
}
