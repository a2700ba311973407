package io.vitrina.support.ticket.messaging;

import io.vitrina.support.ticket.domain.Ticket;
import java.time.Instant;
import java.util.List;

/**
 * The data of ticket.updated: what changed, by name, and where the ticket stands. Never a message
 * text, never anything of an internal note.
 */
public record TicketUpdated(
    String ticketId,
    String customerId,
    List<String> changes,
    String status,
    String assignee,
    Instant updatedAt) {

  static TicketUpdated of(Ticket ticket, List<String> changes) {
    return new TicketUpdated(
        ticket.id(),
        ticket.customerId(),
        List.copyOf(changes),
        ticket.status().name(),
        ticket.assigneeId(),
        ticket.updatedAt());
  }
}
