package io.vitrina.user.serviceclient.domain;

import io.vitrina.platform.problem.ProblemDetail;
import io.vitrina.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;

/**
 * 401 for a client that failed to authenticate: no or malformed Basic credentials, an unknown
 * client id and a wrong secret answer the same, with the RFC 7617 challenge that says how to
 * authenticate (RFC 6749 section 5.2, {@code invalid_client}).
 */
public class InvalidClientException extends ProblemException {

  private static final long serialVersionUID = 1L;

  /** The challenge of every 401 of the token endpoint. */
  public static final String CHALLENGE = "Basic realm=\"vitrina\", charset=\"UTF-8\"";

  public InvalidClientException() {
    super(
        401,
        ProblemDetail.type("invalid-client"),
        "Invalid client",
        "The client could not be authenticated: send its id and secret with HTTP Basic.",
        List.of(),
        Map.of("WWW-Authenticate", CHALLENGE));
  }
}
