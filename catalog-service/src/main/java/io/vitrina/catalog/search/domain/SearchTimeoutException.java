package io.vitrina.catalog.search.domain;

import io.vitrina.platform.problem.ProblemDetail;
import io.vitrina.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;

/** A search the database cancelled for taking too long: 503, and the client may retry. */
public class SearchTimeoutException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public SearchTimeoutException() {
    super(
        503,
        ProblemDetail.ABOUT_BLANK,
        "Service Unavailable",
        "The search took too long. Narrow it (a category, fewer words) or retry shortly.",
        List.of(),
        Map.of("Retry-After", "5"));
  }
}
