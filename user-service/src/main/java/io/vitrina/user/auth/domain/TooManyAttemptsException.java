package io.vitrina.user.auth.domain;

import io.vitrina.platform.problem.ProblemDetail;
import io.vitrina.platform.problem.ProblemException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** 429 while an email is locked out after repeated failed logins, with Retry-After in seconds. */
public class TooManyAttemptsException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public TooManyAttemptsException(Duration retryAfter) {
    super(
        429,
        ProblemDetail.type("too-many-attempts"),
        "Too many failed logins",
        "Too many failed logins for this email. Try again later.",
        List.of(),
        Map.of("Retry-After", Long.toString(Math.max(1, (retryAfter.toMillis() + 999) / 1000))));
  }
}
