package io.vitrina.order.idempotency.domain;

import java.time.Instant;

/**
 * What is kept of a request under its idempotency key.
 *
 * @param requestHash the fingerprint of the request the key was first used with
 * @param completed whether the first request finished and its response is kept
 * @param responseStatus the first response's status; 0 while in progress
 * @param responseType the first response's content type
 * @param responseBody the first response's body
 * @param orderId the order the first request made or acted on, if any
 */
public record StoredRequest(
    String requestHash,
    boolean completed,
    int responseStatus,
    String responseType,
    String responseBody,
    String orderId,
    Instant createdAt) {}
