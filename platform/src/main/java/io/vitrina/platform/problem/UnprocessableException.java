package io.vitrina.platform.problem;

import java.util.List;
import java.util.Map;

/** 422: well-formed, valid input that the business rules refuse in the current state. */
public class UnprocessableException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public UnprocessableException(String detail) {
    super(
        422,
        ProblemDetail.type("unprocessable"),
        "Request cannot be processed",
        detail,
        List.of(),
        Map.of());
  }
}
