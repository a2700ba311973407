package io.vitrina.support.sla.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The targets of one priority: the first agent reply within {@code firstResponse}, the resolution
 * within {@code resolution}, both counted from the ticket's opening.
 */
public record SlaTargets(Duration firstResponse, Duration resolution) {

  /** The longest target accepted: beyond a year a target means nothing. */
  public static final Duration MAX = Duration.ofDays(365);

  public SlaTargets {
    check("firstResponse", firstResponse);
    check("resolution", resolution);
    if (resolution.compareTo(firstResponse) < 0) {
      throw new IllegalArgumentException("resolution must not be shorter than firstResponse");
    }
  }

  private static void check(String name, Duration target) {
    if (target == null || target.isNegative() || target.isZero() || target.compareTo(MAX) > 0) {
      throw new IllegalArgumentException(name + " must be a positive duration of at most P365D");
    }
  }

  public Instant firstResponseDue(Instant openedAt) {
    return openedAt.plus(firstResponse);
  }

  public Instant resolutionDue(Instant openedAt) {
    return openedAt.plus(resolution);
  }
}
