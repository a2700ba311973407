package io.vitrina.platform.problem;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * An error a service means to report to the client, with the status, title and detail the client
 * sees. Subclass it for errors a caller may want to catch or that carry a type of their own; a
 * {@link ProblemExceptionMapper} renders it.
 *
 * <p>Unchecked, so that the JTA interceptor rolls the transaction back when a service throws it.
 */
public class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final URI type;
  private final String title;
  private final List<Violation> violations;
  private final Map<String, String> headers;

  public ProblemException(int status, String title, String detail) {
    this(status, ProblemDetail.ABOUT_BLANK, title, detail, List.of(), Map.of());
  }

  public ProblemException(
      int status,
      URI type,
      String title,
      String detail,
      List<Violation> violations,
      Map<String, String> headers) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
    this.violations = List.copyOf(violations);
    this.headers = Map.copyOf(headers);
  }

  public int status() {
    return status;
  }

  public URI type() {
    return type;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  public List<Violation> violations() {
    return violations;
  }

  /** Extra response headers the problem needs, such as {@code Retry-After} on a 429. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The problem document, without an instance: the mapper knows the request path. */
  public ProblemDetail toProblem() {
    return new ProblemDetail(type, title, status, detail(), null, violations, null);
  }

  /** Shortcut for the reason phrase of a status, for titles of generic problems. */
  protected static String reason(int status) {
    Response.StatusType type = Response.Status.fromStatusCode(status);
    return type == null ? "HTTP " + status : type.getReasonPhrase();
  }
}
