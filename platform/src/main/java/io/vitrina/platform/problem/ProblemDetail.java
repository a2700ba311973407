package io.vitrina.platform.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.net.URI;
import java.util.List;

/**
 * The RFC 9457 problem document. JSON-B leaves out null members, so a problem carries {@code
 * violations} only for invalid input and {@code traceId} only for server errors.
 *
 * @param type what kind of problem this is; {@code about:blank} when the status says it all
 * @param title a short summary that is the same for every occurrence of the type
 * @param status the HTTP status code
 * @param detail this occurrence, for a human; never internals
 * @param instance the request path the problem occurred on
 * @param violations the rejected inputs of a 400
 * @param traceId what the server logged a 500 under
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "violations", "traceId"})
public record ProblemDetail(
    URI type,
    String title,
    int status,
    String detail,
    String instance,
    List<Violation> violations,
    String traceId) {

  /** The media type of every error response. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** The type of problems whose status and title say all there is to say. */
  public static final URI ABOUT_BLANK = URI.create("about:blank");

  /** Where Vitrina's own problem types live; a type is this base plus a slug. */
  public static final String TYPE_BASE = "https://vitrina.io/problems/";

  public ProblemDetail {
    violations = violations == null || violations.isEmpty() ? null : List.copyOf(violations);
  }

  /** A Vitrina problem type URI for a slug such as {@code validation}. */
  public static URI type(String slug) {
    return URI.create(TYPE_BASE + slug);
  }

  /** The same problem, located at a request path. */
  public ProblemDetail at(String path) {
    return new ProblemDetail(type, title, status, detail, path, violations, traceId);
  }
}
