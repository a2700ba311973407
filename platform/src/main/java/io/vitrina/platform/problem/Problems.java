package io.vitrina.platform.problem;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Decides what problem a failure is, in one place, so that every exception mapper answers the same
 * way whichever of them the JAX-RS runtime picks for a wrapped exception.
 */
public final class Problems {
  static final int DEPENDENCY_RETRY_AFTER_SECONDS = 5;

  public static final URI VALIDATION_TYPE = ProblemDetail.type("validation");
  public static final String VALIDATION_TITLE = "Invalid request";
  public static final String VALIDATION_DETAIL = "One or more inputs are invalid.";

  private static final Logger LOG = Logger.getLogger(Problems.class.getName());

  /** Response headers of a JAX-RS error worth keeping on the problem (Allow on a 405, ...). */
  private static final Set<String> KEPT_HEADERS =
      Set.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER);

  private Problems() {}

  /** A problem for a status whose reason phrase is the title. */
  public static ProblemDetail of(int status, String detail) {
    return new ProblemDetail(
        ProblemDetail.ABOUT_BLANK,
        ProblemException.reason(status),
        status,
        detail,
        null,
        null,
        null);
  }

  /** The 400 problem listing each rejected input, sorted by field for a stable answer. */
  public static ProblemDetail validation(List<Violation> violations) {
    List<Violation> sorted =
        violations.stream()
            .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
            .toList();
    return new ProblemDetail(
        VALIDATION_TYPE, VALIDATION_TITLE, 400, VALIDATION_DETAIL, null, sorted, null);
  }

  /** The violations of a Bean Validation failure, named as the client wrote the inputs. */
  public static List<Violation> violations(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream()
        .map(v -> new Violation(ViolationPaths.readable(v.getPropertyPath()), v.getMessage()))
        .toList();
  }

  /**
   * The problem for any failure, with the headers the response needs. Unexpected failures are
   * logged with a fresh trace id that is the only thing the client learns.
   */
  public static Answer answer(Throwable failure) {
    Optional<ProblemException> meant = cause(failure, ProblemException.class);
    if (meant.isPresent()) {
      return new Answer(meant.get().toProblem(), meant.get().headers());
    }
    if (failure instanceof ConstraintViolationException invalid) {
      boolean serverSide =
          invalid.getConstraintViolations().stream()
              .anyMatch(v -> ViolationPaths.isReturnValue(v.getPropertyPath()));
      if (!serverSide) {
        return new Answer(validation(violations(invalid.getConstraintViolations())), Map.of());
      }
    }
    if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
      return fromWebApplication(web);
    }
    if (cause(failure, JsonbException.class).isPresent()
        || cause(failure, JsonException.class).isPresent()) {
      return new Answer(
          new ProblemDetail(
              ProblemDetail.type("unreadable-body"),
              "Unreadable request body",
              400,
              "The request body is not JSON of the shape this resource accepts.",
              null,
              null,
              null),
          Map.of());
    }
    if (cause(failure, OptimisticLockException.class).isPresent()) {
      return new Answer(
          new ConflictException("The resource was changed by another request; read it and retry.")
              .toProblem(),
          Map.of());
    }
    if (cause(failure, SQLIntegrityConstraintViolationException.class).isPresent()) {
      // A uniqueness race the service's own check could not see: the loser gets what a later
      // request would have got.
      return new Answer(
          new ConflictException("The request collides with data that already exists.").toProblem(),
          Map.of());
    }
    if (dependencyUnavailable(failure)) {
      // Not the client's fault and not a bug: the transaction rolled back, a retry may succeed.
      LOG.log(Level.WARNING, "A database or broker could not be reached", failure);
      return new Answer(
          new ProblemDetail(
              ProblemDetail.type("dependency-unavailable"),
              "Service Unavailable",
              503,
              "The service cannot reach its database or message broker right now; the request was"
                  + " not completed. Retry later.",
              null,
              null,
              null),
          Map.of(HttpHeaders.RETRY_AFTER, String.valueOf(DEPENDENCY_RETRY_AFTER_SECONDS)));
    }
    return unexpected(failure);
  }

  /**
   * Whether the failure is the loss of a backing system (the database, the broker) rather than a
   * bug: a JMS or connector failure, or a database connection that could not be made or was lost. A
   * connection lost in the middle of a statement is a {@link java.sql.SQLRecoverableException}
   * (MySQL Connector/J's {@code CommunicationsException} is one): the pool drops it and a retry on
   * a new connection may succeed, so it is the database being away, not a bug.
   */
  static boolean dependencyUnavailable(Throwable failure) {
    return cause(failure, jakarta.jms.JMSException.class).isPresent()
        || cause(failure, jakarta.jms.JMSRuntimeException.class).isPresent()
        || cause(failure, jakarta.resource.ResourceException.class).isPresent()
        || cause(failure, java.sql.SQLTransientConnectionException.class).isPresent()
        || cause(failure, java.sql.SQLNonTransientConnectionException.class).isPresent()
        || cause(failure, java.sql.SQLRecoverableException.class).isPresent()
        || cause(failure, java.net.ConnectException.class).isPresent();
  }

  /** A 500 that says nothing but where in the logs to look. */
  public static Answer unexpected(Throwable failure) {
    String traceId = traceId();
    LOG.log(Level.SEVERE, "Unhandled failure, trace id " + traceId, failure);
    return new Answer(
        new ProblemDetail(
            ProblemDetail.ABOUT_BLANK,
            "Internal Server Error",
            500,
            "The server could not complete the request. Quote the trace id when reporting it.",
            null,
            null,
            traceId),
        Map.of());
  }

  private static Answer fromWebApplication(WebApplicationException web) {
    Response original = web.getResponse();
    int status = original.getStatus();
    Map<String, String> headers =
        original.getStringHeaders().entrySet().stream()
            .filter(e -> KEPT_HEADERS.stream().anyMatch(h -> h.equalsIgnoreCase(e.getKey())))
            .collect(
                java.util.stream.Collectors.toMap(
                    Map.Entry::getKey, e -> String.join(", ", e.getValue())));
    return new Answer(of(status, genericDetail(status)), headers);
  }

  /** Fixed wording per status: the JAX-RS runtime's own messages may name classes. */
  private static String genericDetail(int status) {
    return switch (status) {
      case 400 -> "The request is malformed.";
      case 401 -> "Authentication is required.";
      case 403 -> "You are not allowed to do this.";
      case 404 -> "There is nothing at this address.";
      case 405 -> "This resource does not support the request method.";
      case 406 -> "This resource cannot answer in any of the accepted media types.";
      case 413 -> "The request body is too large.";
      case 415 -> "This resource does not accept the request's media type.";
      default -> "The request could not be processed.";
    };
  }

  /** The first throwable of a type in a cause chain, the failure itself included. */
  public static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
    Throwable current = failure;
    // Bounded: a cause chain can be cyclic.
    for (int depth = 0; current != null && depth < 20; depth++) {
      if (type.isInstance(current)) {
        return Optional.of(type.cast(current));
      }
      current = current.getCause();
    }
    return Optional.empty();
  }

  /** The current OpenTelemetry trace id when there is one, so logs and traces meet; else random. */
  static String traceId() {
    try {
      SpanContext span = Span.current().getSpanContext();
      if (span.isValid()) {
        return span.getTraceId();
      }
    } catch (LinkageError noTelemetry) {
      // The OpenTelemetry API is not visible to this application: a random id does as well.
    }
    return UUID.randomUUID().toString().replace("-", "");
  }

  /** The response for a problem at a request path, with extra headers. */
  public static Response response(ProblemDetail problem, String path, Map<String, String> headers) {
    Response.ResponseBuilder builder =
        Response.status(problem.status()).type(ProblemDetail.MEDIA_TYPE).entity(problem.at(path));
    headers.forEach(builder::header);
    return builder.build();
  }

  /** The response for any failure on the current request: what every exception mapper returns. */
  public static Response render(Throwable failure, jakarta.ws.rs.core.UriInfo uriInfo) {
    Answer answer = answer(failure);
    return response(answer.problem(), requestPath(uriInfo), answer.headers());
  }

  private static String requestPath(jakarta.ws.rs.core.UriInfo uriInfo) {
    try {
      return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
    } catch (RuntimeException outsideRequest) {
      return null;
    }
  }

  /** A problem and the extra headers its response carries. */
  public record Answer(ProblemDetail problem, Map<String, String> headers) {}
}
