package io.vitrina.user.auth.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vitrina.platform.testing.MutableClock;
import io.vitrina.user.testing.InMemoryLoginAttemptsRepository;
import io.vitrina.user.testing.InMemorySessionRepository;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionHousekeepingTest {

  private static final ClientInfo CLIENT = new ClientInfo("test-agent", "127.0.0.1");
  private static final ThrottlePolicy POLICY = new ThrottlePolicy(5, Duration.ofMinutes(15));

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
  private final InMemorySessionRepository sessions = new InMemorySessionRepository();
  private final InMemoryLoginAttemptsRepository attempts = new InMemoryLoginAttemptsRepository();
  private final SessionHousekeeping housekeeping = new SessionHousekeeping();

  @BeforeEach
  void wire() {
    housekeeping.sessions = sessions;
    housekeeping.attempts = attempts;
    housekeeping.clock = clock;
    housekeeping.lockout = POLICY.lockout();
  }

  @Test
  void shouldRemoveOnlyExpiredSessionsWithTheirTokens() {
    Session shortLived = Session.open("u1", CLIENT, clock.instant(), Duration.ofHours(1));
    Session longLived = Session.open("u1", CLIENT, clock.instant(), Duration.ofDays(30));
    sessions.add(shortLived);
    sessions.addToken(shortLived.firstToken("hash-1"));
    sessions.add(longLived);
    sessions.addToken(longLived.firstToken("hash-2"));

    clock.advance(Duration.ofHours(2));
    SessionHousekeeping.Purged purged = housekeeping.purge();

    assertEquals(1, purged.sessions());
    assertEquals(1, sessions.sessionCount());
    assertEquals(1, sessions.tokenCount());
    assertEquals(0, housekeeping.purge().sessions(), "a second run finds nothing");
  }

  @Test
  void shouldKeepFailedLoginRecordsWhileTheyStillCount() {
    LoginAttempts recent = new LoginAttempts("recent");
    recent.recordFailure(clock.instant(), POLICY);
    attempts.attempts.put("recent", recent);

    assertEquals(0, housekeeping.purge().loginRecords(), "inside the window it still counts");

    clock.advance(Duration.ofMinutes(16));
    assertEquals(1, housekeeping.purge().loginRecords());
  }

  @Test
  void shouldKeepALockoutUntilItEnds() {
    LoginAttempts locked = new LoginAttempts("locked");
    for (int i = 0; i < POLICY.maxFailures(); i++) {
      locked.recordFailure(clock.instant(), POLICY);
    }
    attempts.attempts.put("locked", locked);

    clock.advance(Duration.ofMinutes(14));
    assertEquals(0, housekeeping.purge().loginRecords());
    clock.advance(Duration.ofMinutes(2));
    assertEquals(1, housekeeping.purge().loginRecords());
  }
}
