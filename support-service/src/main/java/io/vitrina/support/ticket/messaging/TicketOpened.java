package io.vitrina.support.ticket.messaging;

import io.vitrina.support.ticket.domain.Ticket;
import java.time.Instant;

/** The data of ticket.opened. orderId and productId are absent when the ticket names none. */
public record TicketOpened(
    String ticketId,
    String customerId,
    String type,
    String priority,
    String orderId,
    String productId,
    Instant openedAt) {

  static TicketOpened of(Ticket ticket) {
    return new TicketOpened(
        ticket.id(),
        ticket.customerId(),
        ticket.type().name(),
        ticket.priority().name(),
        ticket.orderId(),
        ticket.productId(),
        ticket.openedAt());
  }
}
