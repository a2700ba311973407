package io.vitrina.support.sla.domain;

import java.time.Instant;

/**
 * Where a ticket stands against its SLA at a moment. A target is breached when it was met late, or
 * is still unmet after its due time. The clocks do not pause while the ticket waits on the
 * customer: the targets are promises about the whole life of a ticket.
 *
 * @param firstResponseDueAt when the first agent reply is due
 * @param firstRespondedAt when it came, or null
 * @param firstResponseBreached whether it came late, or is overdue
 * @param resolutionDueAt when the resolution is due
 * @param resolvedAt when the ticket was last resolved, or null
 * @param resolutionBreached whether it was resolved late, or is overdue
 */
public record SlaStatus(
    Instant firstResponseDueAt,
    Instant firstRespondedAt,
    boolean firstResponseBreached,
    Instant resolutionDueAt,
    Instant resolvedAt,
    boolean resolutionBreached) {

  /** The SLA status at {@code now} of a ticket with these due and done times. */
  public static SlaStatus at(
      Instant now,
      Instant firstResponseDueAt,
      Instant firstRespondedAt,
      Instant resolutionDueAt,
      Instant resolvedAt) {
    return new SlaStatus(
        firstResponseDueAt,
        firstRespondedAt,
        breached(now, firstResponseDueAt, firstRespondedAt),
        resolutionDueAt,
        resolvedAt,
        breached(now, resolutionDueAt, resolvedAt));
  }

  /** Late when done after the due time, or not done and the due time has passed. */
  static boolean breached(Instant now, Instant due, Instant done) {
    return done == null ? now.isAfter(due) : done.isAfter(due);
  }

  public boolean breached() {
    return firstResponseBreached || resolutionBreached;
  }
}
