package io.vitrina.support.ticket.domain;

import java.time.Instant;
import java.util.Set;

/**
 * What the queue lists. Null or empty means "any".
 *
 * @param customerId only this customer's tickets (always set for a customer)
 * @param statuses any of these statuses
 * @param priority this priority
 * @param type this type
 * @param assigneeId assigned to this agent
 * @param unassigned assigned to nobody
 * @param breached only tickets whose SLA is breached (true) or not (false) at {@code now}
 * @param text words searched in subjects, bodies and messages
 * @param withNotes whether the words may match internal notes (agents only)
 * @param sort the order
 * @param now the moment breaches are judged at
 */
public record TicketFilter(
    String customerId,
    Set<TicketStatus> statuses,
    TicketPriority priority,
    TicketType type,
    String assigneeId,
    boolean unassigned,
    Boolean breached,
    TextQuery text,
    boolean withNotes,
    TicketSort sort,
    Instant now) {

  public TicketFilter {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    if (assigneeId != null && unassigned) {
      throw new IllegalArgumentException("assigned to someone and to nobody at once");
    }
  }
}
