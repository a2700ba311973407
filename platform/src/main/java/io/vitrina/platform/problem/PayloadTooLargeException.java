package io.vitrina.platform.problem;

import java.util.List;
import java.util.Map;

/** 413: the request body is larger than the service accepts. */
public class PayloadTooLargeException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public PayloadTooLargeException(long limitBytes) {
    super(
        413,
        ProblemDetail.type("payload-too-large"),
        "Request body too large",
        "The request body exceeds the limit of " + limitBytes + " bytes.",
        List.of(),
        Map.of());
  }
}
