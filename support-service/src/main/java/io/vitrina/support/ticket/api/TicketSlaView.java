package io.vitrina.support.ticket.api;

import io.vitrina.support.sla.domain.SlaStatus;
import io.vitrina.support.ticket.domain.Ticket;
import java.time.Instant;

/** Where a ticket stands against its SLA now. */
public record TicketSlaView(
    String ticketId,
    String priority,
    Instant firstResponseDueAt,
    Instant firstRespondedAt,
    boolean firstResponseBreached,
    Instant resolutionDueAt,
    Instant resolvedAt,
    boolean resolutionBreached,
    boolean breached) {

  static TicketSlaView of(Ticket ticket, Instant now) {
    SlaStatus sla = ticket.sla(now);
    return new TicketSlaView(
        ticket.id(),
        ticket.priority().name(),
        sla.firstResponseDueAt(),
        sla.firstRespondedAt(),
        sla.firstResponseBreached(),
        sla.resolutionDueAt(),
        sla.resolvedAt(),
        sla.resolutionBreached(),
        sla.breached());
  }
}
