package io.vitrina.user.auth.domain;

import java.time.Duration;

/**
 * How many failed logins an email may have within a window before it is locked out, and for how
 * long. The window and the lockout are one duration: failures older than it are forgotten.
 */
public record ThrottlePolicy(int maxFailures, Duration lockout) {

  public ThrottlePolicy {
    if (maxFailures < 1 || lockout.isNegative() || lockout.isZero()) {
      throw new IllegalArgumentException("max failures and lockout must be positive");
    }
  }
}
