package io.vitrina.support.ticket.api;

import io.vitrina.support.ticket.domain.Ticket;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A ticket as its reader may see it. Texts are the plain text as written, JSON strings, never HTML.
 * {@code noteCount} is present for agents only; {@code messageCount} counts what customers see.
 */
public record TicketView(
    String id,
    String customerId,
    String type,
    String subject,
    String body,
    String orderId,
    String productId,
    String priority,
    String status,
    String assigneeId,
    int messageCount,
    Long noteCount,
    Instant openedAt,
    Instant updatedAt,
    Instant resolvedAt,
    Instant closedAt,
    ReturnView returnRequest,
    long version,
    @Schema(description = "The customer and order: on a single ticket's view only")
        ContextView context) {

  static TicketView of(Ticket ticket, Long noteCount) {
    return of(ticket, noteCount, null);
  }

  static TicketView of(Ticket ticket, Long noteCount, ContextView context) {
    return new TicketView(
        ticket.id(),
        ticket.customerId(),
        ticket.type().name(),
        ticket.subject(),
        ticket.body(),
        ticket.orderId(),
        ticket.productId(),
        ticket.priority().name(),
        ticket.status().name(),
        ticket.assigneeId(),
        ticket.messageCount(),
        noteCount,
        ticket.openedAt(),
        ticket.updatedAt(),
        ticket.resolvedAt(),
        ticket.closedAt(),
        ReturnView.of(ticket),
        ticket.version(),
        context);
  }
}
