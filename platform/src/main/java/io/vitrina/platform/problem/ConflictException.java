package io.vitrina.platform.problem;

import java.util.List;
import java.util.Map;

/** 409: the request is valid but collides with the current state (a duplicate, a stale version). */
public class ConflictException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String detail) {
    super(409, ProblemDetail.type("conflict"), "Conflict", detail, List.of(), Map.of());
  }
}
