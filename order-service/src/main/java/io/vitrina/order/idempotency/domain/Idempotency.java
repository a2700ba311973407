package io.vitrina.order.idempotency.domain;

import io.vitrina.platform.problem.UnprocessableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps idempotency keys, each step in a transaction of its own (committed before the request's
 * work starts and after it ends), so that a concurrent request with the same key sees the first
 * one's claim at once: the first claims the key and runs; a second, while the first runs, gets 409;
 * after it ends, the first response again. The same key with another request is refused (422). Keys
 * are kept {@code vitrina.idempotency.retention} (24 hours).
 */
@ApplicationScoped
public class Idempotency {

  @Inject IdempotencyStore store;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "vitrina.idempotency.retention", defaultValue = "PT24H")
  Duration retention;

  /** A request in progress since longer ago than this is taken to be abandoned. */
  @Inject
  @ConfigProperty(name = "vitrina.idempotency.abandoned-after", defaultValue = "PT5M")
  Duration abandonedAfter;

  /**
   * Claims a key for a request, or tells how the request was answered before.
   *
   * @return empty when the caller should process the request (and then {@link #complete} or {@link
   *     #release}); the stored first response to answer again otherwise
   * @throws UnprocessableException (422) when the key was used for another request
   * @throws IdempotencyConflictException (409) while the first request is still being processed
   */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<StoredRequest> begin(String customerId, String key, String requestHash) {
    if (store.claim(customerId, key, requestHash, clock.instant())) {
      return Optional.empty();
    }
    StoredRequest stored =
        store.find(customerId, key).orElseThrow(IdempotencyConflictException::new);
    switch (IdempotencyDecision.decide(
        stored, requestHash, clock.instant().minus(abandonedAfter))) {
      case REPLAY:
        return Optional.of(stored);
      case MISMATCH:
        throw new UnprocessableException(
            "This Idempotency-Key was used for a different request; use a new key.");
      case TAKE_OVER:
        if (store.takeOver(
            customerId, key, clock.instant().minus(abandonedAfter), clock.instant())) {
          return Optional.empty();
        }
        throw new IdempotencyConflictException();
      default:
        throw new IdempotencyConflictException();
    }
  }

  /**
   * The claim of a request that {@link #begin} let run: with the order an abandoned earlier run of
   * it had already placed under the key, if it had.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public Claim claimed(String customerId, String key) {
    String orderId = store.find(customerId, key).map(StoredRequest::orderId).orElse(null);
    return new Claim(customerId, key, orderId);
  }

  /** Records the order a request placed under its key, in the transaction that placed it. */
  @Transactional(TxType.MANDATORY)
  public void attachOrder(Claim claim, String orderId) {
    store.attachOrder(claim.customerId(), claim.key(), orderId);
  }

  /** Keeps the response of a request processed under a key. */
  @Transactional(TxType.REQUIRES_NEW)
  public void complete(
      String customerId, String key, int status, String contentType, String body, String orderId) {
    store.complete(customerId, key, status, contentType, body, orderId, clock.instant());
  }

  /** Frees a key whose request changed nothing, so that the client may retry it with the key. */
  @Transactional(TxType.REQUIRES_NEW)
  public void release(String customerId, String key) {
    store.release(customerId, key);
  }

  /** Forgets up to {@code limit} keys older than the retention; how many. */
  @Transactional
  public int purge(int limit) {
    return store.purgeBefore(clock.instant().minus(retention), limit);
  }
}
