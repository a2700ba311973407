package io.vitrina.order.order.api;

import io.vitrina.order.checkout.CheckoutRefusedException;
import io.vitrina.order.checkout.PaymentDeclinedException;
import io.vitrina.order.idempotency.domain.Claim;
import io.vitrina.order.idempotency.domain.Idempotency;
import io.vitrina.order.idempotency.domain.RequestFingerprint;
import io.vitrina.order.idempotency.domain.StoredRequest;
import io.vitrina.platform.problem.InvalidInputException;
import io.vitrina.platform.problem.ProblemDetail;
import io.vitrina.platform.problem.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes the order API's JSON answers itself, so that an answer kept under an idempotency key is
 * sent again byte for byte, and runs requests under their keys:
 *
 * <ul>
 *   <li>a new key: the request runs; its answer is kept when it changed something — a success, or a
 *       refusal after an order was placed (out of stock, payment declined) — and the key is freed
 *       when it changed nothing (invalid input, an empty cart, a catalog that could not be asked),
 *       so that the client may retry with the same key;
 *   <li>the same key and request again: the kept answer (same status and body), nothing redone;
 *   <li>the same key with another request: 422; while the first still runs: 409 + Retry-After.
 * </ul>
 */
@ApplicationScoped
public class Answers {

  /** What a request produced: status, body, and the order it concerns. */
  public record Outcome(int status, Object body, String orderId) {}

  static final String REPLAYED = "Idempotent-Replayed";

  @Inject Idempotency idempotency;

  private Jsonb jsonb;

  @PostConstruct
  void init() {
    jsonb = JsonbBuilder.create();
  }

  @PreDestroy
  void close() {
    try {
      jsonb.close();
    } catch (Exception e) {
      // Nothing is left to release at shutdown that matters more than finishing it.
    }
  }

  /** Parses a request body; {@code null} for none. */
  public <T> T read(String body, Class<T> type) {
    return body == null || body.isBlank() ? null : jsonb.fromJson(body, type);
  }

  /** The request's canonical JSON, for its fingerprint. */
  public String canonical(Object request) {
    return jsonb.toJson(request);
  }

  /**
   * Runs {@code work} under the idempotency key of {@code customerId}.
   *
   * @param operation the method and path, so that a key reused on another endpoint mismatches
   * @param request the parsed request, whose canonical JSON is fingerprinted
   * @param path the request path, for problems' {@code instance}
   * @param location the Location of an order created with a 201
   */
  public Response idempotent(
      String customerId,
      String key,
      String operation,
      Object request,
      String path,
      Function<String, URI> location,
      Function<Claim, Outcome> work) {
    if (!RequestFingerprint.isValidKey(key)) {
      throw new InvalidInputException(
          "Idempotency-Key", "is required: 1 to 255 printable ASCII characters");
    }
    String hash = RequestFingerprint.of(operation, canonical(request));
    Optional<StoredRequest> earlier = idempotency.begin(customerId, key, hash);
    if (earlier.isPresent()) {
      StoredRequest stored = earlier.get();
      Response.ResponseBuilder replay =
          Response.status(stored.responseStatus())
              .type(stored.responseType())
              .entity(stored.responseBody())
              .header(REPLAYED, "true");
      if (stored.responseStatus() == 201 && stored.orderId() != null) {
        replay.location(location.apply(stored.orderId()));
      }
      return replay.build();
    }
    Outcome outcome;
    try {
      outcome = work.apply(idempotency.claimed(customerId, key));
    } catch (ProblemException problem) {
      if (isFinal(problem)) {
        String body = problemJson(problem, path);
        idempotency.complete(
            customerId, key, problem.status(), ProblemDetail.MEDIA_TYPE, body, null);
        return Response.status(problem.status())
            .type(ProblemDetail.MEDIA_TYPE)
            .entity(body)
            .build();
      }
      idempotency.release(customerId, key);
      throw problem;
    } catch (RuntimeException failure) {
      idempotency.release(customerId, key);
      throw failure;
    }
    String body = jsonb.toJson(outcome.body());
    idempotency.complete(
        customerId, key, outcome.status(), MediaType.APPLICATION_JSON, body, outcome.orderId());
    Response.ResponseBuilder answer =
        Response.status(outcome.status()).type(MediaType.APPLICATION_JSON).entity(body);
    if (outcome.status() == 201) {
      answer.location(location.apply(outcome.orderId()));
    }
    return answer.build();
  }

  /** A refusal after an order was placed or charged: answering it again is the truth. */
  private static boolean isFinal(ProblemException problem) {
    return problem instanceof PaymentDeclinedException
        || (problem instanceof CheckoutRefusedException refused && refused.orderCancelled());
  }

  /** The problem document of a failure, as the mappers would render it. */
  public String problemJson(ProblemException problem, String path) {
    if (problem instanceof CheckoutRefusedException refused) {
      return jsonb.toJson(orderProblem(refused, path));
    }
    return jsonb.toJson(problem.toProblem().at(path));
  }

  static OrderProblem orderProblem(CheckoutRefusedException refused, String path) {
    ProblemDetail problem = refused.toProblem();
    return new OrderProblem(
        problem.type(),
        problem.title(),
        problem.status(),
        problem.detail(),
        path,
        refused.productIds());
  }
}
