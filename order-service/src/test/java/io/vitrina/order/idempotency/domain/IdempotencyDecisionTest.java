package io.vitrina.order.idempotency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdempotencyDecisionTest {

  private static final Instant CREATED = Instant.parse("2026-11-29T10:00:00Z");
  private static final String HASH = RequestFingerprint.of("POST /api/orders", "{}");

  private static StoredRequest inProgress() {
    return new StoredRequest(HASH, false, 0, null, null, null, CREATED);
  }

  private static StoredRequest completed() {
    return new StoredRequest(
        HASH, true, 201, "application/json", "{\"id\":\"x\"}", "order", CREATED);
  }

  @Test
  void shouldLetAFreeKeyBeClaimed() {
    assertTrue(IdempotencyDecision.decide(Optional.empty(), HASH, CREATED).isEmpty());
  }

  @Test
  void shouldReplayACompletedRequestSentAgain() {
    assertEquals(
        IdempotencyDecision.REPLAY,
        IdempotencyDecision.decide(completed(), HASH, CREATED.minusSeconds(300)));
  }

  @Test
  void shouldRefuseTheKeyForAnotherRequest() {
    String other = RequestFingerprint.of("POST /api/orders", "{\"payment\":null}");
    assertEquals(
        IdempotencyDecision.MISMATCH,
        IdempotencyDecision.decide(completed(), other, CREATED.minusSeconds(300)));
    assertEquals(
        IdempotencyDecision.MISMATCH,
        IdempotencyDecision.decide(inProgress(), other, CREATED.minusSeconds(300)));
  }

  @Test
  void shouldAskToWaitWhileTheFirstRequestRuns() {
    assertEquals(
        IdempotencyDecision.IN_PROGRESS,
        IdempotencyDecision.decide(inProgress(), HASH, CREATED.minusSeconds(1)));
  }

  @Test
  void shouldTakeOverARequestAbandonedLongAgo() {
    assertEquals(
        IdempotencyDecision.TAKE_OVER,
        IdempotencyDecision.decide(inProgress(), HASH, CREATED.plusSeconds(1)));
  }

  @Test
  void shouldFingerprintTheOperationAndTheBody() {
    assertEquals(HASH, RequestFingerprint.of("POST /api/orders", "{}"));
    assertEquals(64, HASH.length());
    assertNotEquals(HASH, RequestFingerprint.of("POST /api/orders/1/payment", "{}"));
    assertNotEquals(HASH, RequestFingerprint.of("POST /api/orders", "{ }"));
    assertEquals(
        RequestFingerprint.of("POST /api/orders", ""),
        RequestFingerprint.of("POST /api/orders", null));
  }

  @Test
  void shouldAcceptPrintableAsciiKeysUpTo255() {
    assertTrue(RequestFingerprint.isValidKey("a"));
    assertTrue(RequestFingerprint.isValidKey("checkout 2026-11-29 #1"));
    assertTrue(RequestFingerprint.isValidKey("k".repeat(255)));
    assertFalse(RequestFingerprint.isValidKey(null));
    assertFalse(RequestFingerprint.isValidKey(""));
    assertFalse(RequestFingerprint.isValidKey(" leading"));
    assertFalse(RequestFingerprint.isValidKey("k".repeat(256)));
    assertFalse(RequestFingerprint.isValidKey("tab\tkey"));
    assertFalse(RequestFingerprint.isValidKey("clé"));
  }
}
