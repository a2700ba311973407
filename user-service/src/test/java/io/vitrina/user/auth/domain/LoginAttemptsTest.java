package io.vitrina.user.auth.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.platform.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

  private final MutableClock clock = MutableClock.at("2026-11-29T10:00:00Z");
  private final ThrottlePolicy policy = new ThrottlePolicy(5, Duration.ofMinutes(15));
  private final LoginAttempts attempts = new LoginAttempts("hash");

  @Test
  void shouldLockOutAfterTheConfiguredNumberOfFailures() {
    for (int i = 1; i < 5; i++) {
      assertFalse(attempts.recordFailure(clock.instant(), policy), "failure " + i);
      assertTrue(attempts.lockedFor(clock.instant()).isEmpty());
    }
    assertTrue(attempts.recordFailure(clock.instant(), policy));
    assertEquals(Duration.ofMinutes(15), attempts.lockedFor(clock.instant()).orElseThrow());
  }

  @Test
  void shouldReleaseTheLockWhenTheLockoutIsOver() {
    lockOut();
    clock.advance(Duration.ofMinutes(10));
    assertEquals(Duration.ofMinutes(5), attempts.lockedFor(clock.instant()).orElseThrow());
    clock.advance(Duration.ofMinutes(5));
    assertTrue(attempts.lockedFor(clock.instant()).isEmpty());
  }

  @Test
  void shouldForgetFailuresOlderThanTheWindow() {
    for (int i = 0; i < 4; i++) {
      attempts.recordFailure(clock.instant(), policy);
    }
    clock.advance(Duration.ofMinutes(16));
    assertFalse(attempts.recordFailure(clock.instant(), policy));
    assertEquals(1, attempts.failures());
  }

  @Test
  void shouldStartCountingAfreshAfterALockout() {
    lockOut();
    clock.advance(Duration.ofMinutes(15));
    assertFalse(attempts.recordFailure(clock.instant(), policy));
    assertEquals(1, attempts.failures());
  }

  private void lockOut() {
    for (int i = 0; i < 5; i++) {
      attempts.recordFailure(clock.instant(), policy);
    }
  }
}
