package io.vitrina.order.idempotency.domain;

import io.vitrina.platform.problem.ProblemDetail;
import io.vitrina.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;

/** 409 + Retry-After: the first request with this key is still being processed. */
public class IdempotencyConflictException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public IdempotencyConflictException() {
    super(
        409,
        ProblemDetail.type("idempotency-key-in-use"),
        "Request in progress",
        "A request with this Idempotency-Key is still being processed; retry it shortly.",
        List.of(),
        Map.of("Retry-After", "2"));
  }
}
