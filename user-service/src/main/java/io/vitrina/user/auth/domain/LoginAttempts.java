package io.vitrina.user.auth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed logins for one email, kept by the email's hash so that unknown addresses are throttled
 * exactly like real ones and the table holds no address. Kept in the database, not in memory, so
 * that every replica counts the same failures.
 */
@Entity
@Table(name = "login_throttle")
@NamedNativeQuery(
    name = "LoginAttempts.insertIfAbsent",
    query = "INSERT IGNORE INTO login_throttle (email_hash, failures) VALUES (?, 0)")
@NamedQuery(
    name = "LoginAttempts.removeStale",
    query =
        "DELETE FROM LoginAttempts a WHERE (a.lockedUntil IS NULL OR a.lockedUntil <= :now)"
            + " AND (a.windowStartedAt IS NULL OR a.windowStartedAt <= :windowStart)")
@NamedQuery(
    name = "LoginAttempts.clear",
    query = "DELETE FROM LoginAttempts a WHERE a.emailHash = :emailHash")
public class LoginAttempts {

  @Id
  @Column(name = "email_hash", length = 64)
  private String emailHash;

  @Column(name = "failures", nullable = false)
  private int failures;

  @Column(name = "window_started_at")
  private Instant windowStartedAt;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  protected LoginAttempts() {}

  public LoginAttempts(String emailHash) {
    this.emailHash = emailHash;
  }

  /** How long the email stays locked out, if it is now. */
  public Optional<Duration> lockedFor(Instant now) {
    if (lockedUntil != null && now.isBefore(lockedUntil)) {
      return Optional.of(Duration.between(now, lockedUntil));
    }
    return Optional.empty();
  }

  /**
   * Counts a failure.
   *
   * @return true when this failure locked the email out
   */
  public boolean recordFailure(Instant now, ThrottlePolicy policy) {
    if (windowStartedAt == null || !now.isBefore(windowStartedAt.plus(policy.lockout()))) {
      windowStartedAt = now;
      failures = 0;
    }
    failures++;
    if (failures >= policy.maxFailures()) {
      lockedUntil = now.plus(policy.lockout());
      // A fresh count after the lockout: the next failures earn a new one.
      failures = 0;
      windowStartedAt = null;
      return true;
    }
    return false;
  }

  public String emailHash() {
    return emailHash;
  }

  public int failures() {
    return failures;
  }

  /** Whether this record locks nothing out and its window started before {@code windowStart}. */
  public boolean isStale(Instant now, Instant windowStart) {
    return (lockedUntil == null || !lockedUntil.isAfter(now))
        && (windowStartedAt == null || !windowStartedAt.isAfter(windowStart));
  }
}
