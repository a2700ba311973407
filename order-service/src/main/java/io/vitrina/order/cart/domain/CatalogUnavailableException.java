package io.vitrina.order.cart.domain;

import io.vitrina.platform.problem.ProblemDetail;
import io.vitrina.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;

/** 503: a change needs the catalog's answer and the catalog cannot be asked now. */
public class CatalogUnavailableException extends ProblemException {

  private static final long serialVersionUID = 1L;

  /** Seconds after which a retry is worth it: about the circuit breaker's delay. */
  static final String RETRY_AFTER_SECONDS = "10";

  public CatalogUnavailableException(String detail) {
    super(
        503,
        ProblemDetail.type("catalog-unavailable"),
        "Catalog unavailable",
        detail,
        List.of(),
        Map.of("Retry-After", RETRY_AFTER_SECONDS));
  }
}
