package io.vitrina.user.auth.domain;

import io.vitrina.platform.problem.ProblemDetail;
import io.vitrina.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;

/**
 * 401 for a refresh token that is unknown, used up, expired, or whose account cannot log in: one
 * answer for all, so that a token holder learns nothing about why.
 */
public class InvalidRefreshTokenException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public InvalidRefreshTokenException() {
    super(
        401,
        ProblemDetail.type("invalid-refresh-token"),
        "Invalid refresh token",
        "The refresh token is not valid. Log in again.",
        List.of(),
        Map.of());
  }
}
