package io.vitrina.order.idempotency.domain;

import java.time.Instant;
import java.util.Optional;

/** What to do with a request whose key is already taken. */
public enum IdempotencyDecision {
  /** The first request finished: answer its response again. */
  REPLAY,
  /** The key was used for another request: 422. */
  MISMATCH,
  /** The first request is still running: 409, try again shortly. */
  IN_PROGRESS,
  /** The first request was abandoned half-way (its server stopped): run this one in its place. */
  TAKE_OVER;

  /**
   * Decides for a key that is taken.
   *
   * @param stored what the key holds
   * @param requestHash this request's fingerprint
   * @param staleBefore a request in progress since before this is taken to be abandoned
   */
  public static IdempotencyDecision decide(
      StoredRequest stored, String requestHash, Instant staleBefore) {
    if (!stored.requestHash().equals(requestHash)) {
      return MISMATCH;
    }
    if (stored.completed()) {
      return REPLAY;
    }
    return stored.createdAt().isBefore(staleBefore) ? TAKE_OVER : IN_PROGRESS;
  }

  /** The decision for a key, or empty when the key is free to claim. */
  public static Optional<IdempotencyDecision> decide(
      Optional<StoredRequest> stored, String requestHash, Instant staleBefore) {
    return stored.map(s -> decide(s, requestHash, staleBefore));
  }
}
