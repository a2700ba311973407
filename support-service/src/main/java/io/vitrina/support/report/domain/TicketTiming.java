package io.vitrina.support.report.domain;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * What the support reports read of one ticket: its type, its agent, and when it was opened, first
 * answered and resolved (UTC wall time), as plain values.
 *
 * @param assigneeId the agent it is assigned to now, or null
 * @param firstRespondedAt the first answer customers saw, or null while none
 * @param resolvedAt its current resolution, or null while it is not resolved (a reopened ticket
 *     loses its resolution until it is resolved again)
 */
public record TicketTiming(
    String id,
    String type,
    String assigneeId,
    LocalDateTime openedAt,
    LocalDateTime firstRespondedAt,
    LocalDateTime resolvedAt) {

  /** From opening to the first answer, once there is one. */
  public Optional<Duration> firstResponse() {
    return since(firstRespondedAt);
  }

  /** From opening to the resolution, once there is one. */
  public Optional<Duration> resolution() {
    return since(resolvedAt);
  }

  private Optional<Duration> since(LocalDateTime then) {
    return then == null ? Optional.empty() : Optional.of(Duration.between(openedAt, then));
  }
}
