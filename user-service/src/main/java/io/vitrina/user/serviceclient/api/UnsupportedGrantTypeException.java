package io.vitrina.user.serviceclient.api;

import io.vitrina.platform.problem.ProblemDetail;
import io.vitrina.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;

/** 400 for a grant type other than client_credentials (RFC 6749 {@code unsupported_grant_type}). */
class UnsupportedGrantTypeException extends ProblemException {

  private static final long serialVersionUID = 1L;

  UnsupportedGrantTypeException() {
    super(
        400,
        ProblemDetail.type("unsupported-grant-type"),
        "Unsupported grant type",
        "grant_type must be client_credentials.",
        List.of(),
        Map.of());
  }
}
