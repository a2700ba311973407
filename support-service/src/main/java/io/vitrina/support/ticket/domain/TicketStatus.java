package io.vitrina.support.ticket.domain;

import io.vitrina.platform.problem.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a ticket stands, and the moves between statuses:
 *
 * <pre>
 * OPEN ──► IN_PROGRESS ◄──► WAITING_ON_CUSTOMER
 *   │          │                   │
 *   └──────────┴─────► RESOLVED ◄──┘ ──► CLOSED
 *                         │
 *                         └── reopen, within the reopen window ──► OPEN / IN_PROGRESS
 * </pre>
 *
 * OPEN may also go straight to WAITING_ON_CUSTOMER (the agent's first question). CLOSED is final.
 * Reopening is a move from RESOLVED back to OPEN or IN_PROGRESS, allowed only within the reopen
 * window after the resolution; everything else not drawn is refused.
 */
public enum TicketStatus {
  OPEN,
  IN_PROGRESS,
  WAITING_ON_CUSTOMER,
  RESOLVED,
  CLOSED;

  private static final Map<TicketStatus, Set<TicketStatus>> MOVES =
      Map.of(
          OPEN, EnumSet.of(IN_PROGRESS, WAITING_ON_CUSTOMER, RESOLVED),
          IN_PROGRESS, EnumSet.of(WAITING_ON_CUSTOMER, RESOLVED),
          WAITING_ON_CUSTOMER, EnumSet.of(IN_PROGRESS, RESOLVED),
          RESOLVED, EnumSet.of(CLOSED, OPEN, IN_PROGRESS),
          CLOSED, EnumSet.noneOf(TicketStatus.class));

  /** Whether the ticket is still being worked on: its SLA clocks run. */
  public boolean isActive() {
    return this != RESOLVED && this != CLOSED;
  }

  /** Whether a move from this status to {@code target} is a reopening. */
  public boolean isReopening(TicketStatus target) {
    return this == RESOLVED && (target == OPEN || target == IN_PROGRESS);
  }

  /**
   * Checks a move from this status.
   *
   * @param target the status asked for
   * @param resolvedAt when the ticket was resolved, for a reopening
   * @param now the time of the move
   * @param reopenWindow how long after its resolution a ticket may be reopened
   * @throws ConflictException when the move is not allowed, or a reopening comes too late
   */
  public void checkMove(
      TicketStatus target, Instant resolvedAt, Instant now, Duration reopenWindow) {
    if (!MOVES.get(this).contains(target)) {
      throw new ConflictException("A ticket cannot move from " + this + " to " + target + ".");
    }
    if (isReopening(target) && (resolvedAt == null || now.isAfter(resolvedAt.plus(reopenWindow)))) {
      throw new ConflictException(
          "The ticket was resolved more than "
              + reopenWindow
              + " ago and can no longer be reopened; open a new ticket.");
    }
  }
}
