package io.vitrina.order.idempotency.domain;

import java.time.Instant;
import java.util.Optional;

/** Where idempotency keys are kept, per customer. Implementations join the caller's transaction. */
public interface IdempotencyStore {

  /**
   * Claims a key for a new request, unless it is taken. When another transaction is claiming the
   * same key, waits for it to end.
   *
   * @return true when this call claimed the key
   */
  boolean claim(String customerId, String key, String requestHash, Instant now);

  Optional<StoredRequest> find(String customerId, String key);

  /**
   * Claims a key whose request was in progress since before {@code staleBefore}: its server died
   * half-way. True when this call took it over.
   */
  boolean takeOver(String customerId, String key, Instant staleBefore, Instant now);

  void complete(
      String customerId,
      String key,
      int status,
      String contentType,
      String body,
      String orderId,
      Instant now);

  /**
   * Records, in the caller's transaction, the order a request still in progress under the key has
   * placed, so that a retry taking the key over carries that order on instead of placing another.
   */
  void attachOrder(String customerId, String key, String orderId);

  /** Forgets a key still in progress, so that the client may use it again. */
  void release(String customerId, String key);

  /** Forgets at most {@code limit} keys created before {@code cutoff}; how many it forgot. */
  int purgeBefore(Instant cutoff, int limit);
}
