package io.vitrina.user.credential;

import io.vitrina.platform.problem.ProblemDetail;
import io.vitrina.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;

/** 503 when every password-hashing turn is taken and none came free in time: retry in a second. */
public class PasswordHashingBusyException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public PasswordHashingBusyException() {
    super(
        503,
        ProblemDetail.type("busy"),
        "Too busy",
        "Too many sign-ins and registrations at this moment. Try again in a second.",
        List.of(),
        Map.of("Retry-After", "1"));
  }
}
