package io.vitrina.user.serviceclient.domain;

import io.vitrina.platform.problem.ProblemDetail;
import io.vitrina.platform.problem.ProblemException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * 429 while a client id is locked out for the address it is tried from, after repeated failed
 * authentications; Retry-After in seconds.
 */
public class ClientLockedOutException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public ClientLockedOutException(Duration retryAfter) {
    super(
        429,
        ProblemDetail.type("client-locked-out"),
        "Too many failed client authentications",
        "Too many failed authentications of this client from this address. Try again later.",
        List.of(),
        Map.of("Retry-After", Long.toString(Math.max(1, (retryAfter.toMillis() + 999) / 1000))));
  }
}
