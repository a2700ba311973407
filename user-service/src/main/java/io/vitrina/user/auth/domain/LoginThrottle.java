package io.vitrina.user.auth.domain;

import io.vitrina.user.account.domain.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed logins per normalised email and refuses attempts while the email is locked out.
 * Joins the caller's transaction; the caller must not roll back on the failures it records.
 */
@ApplicationScoped
public class LoginThrottle {

  @Inject LoginAttemptsRepository attempts;
  @Inject AuthMetrics metrics;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "vitrina.login.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "vitrina.login.lockout", defaultValue = "PT15M")
  Duration lockout;

  /**
   * @throws TooManyAttemptsException while the email is locked out
   */
  public void check(String email) {
    attempts
        .find(EmailAddress.hash(email))
        .flatMap(a -> a.lockedFor(clock.instant()))
        .ifPresent(
            remaining -> {
              throw new TooManyAttemptsException(remaining);
            });
  }

  public void recordFailure(String email) {
    LoginAttempts record = attempts.lockOrCreate(EmailAddress.hash(email));
    if (record.recordFailure(clock.instant(), new ThrottlePolicy(maxFailures, lockout))) {
      metrics.lockedOut();
    }
  }

  public void recordSuccess(String email) {
    attempts.clear(EmailAddress.hash(email));
  }
}
