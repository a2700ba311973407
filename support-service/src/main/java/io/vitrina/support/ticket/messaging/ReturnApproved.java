package io.vitrina.support.ticket.messaging;

import io.vitrina.support.ticket.domain.Ticket;
import java.time.Instant;
import java.util.List;

/** The data of return.approved: what order-service refunds and catalog-service restocks. */
public record ReturnApproved(
    String ticketId, String orderId, String customerId, List<Line> lines, Instant approvedAt) {

  /** A product and how many of it come back. */
  public record Line(String productId, int quantity) {}

  static ReturnApproved of(Ticket ticket) {
    return new ReturnApproved(
        ticket.id(),
        ticket.orderId(),
        ticket.customerId(),
        ticket.returnLines().stream().map(l -> new Line(l.productId(), l.quantity())).toList(),
        ticket.returnDecidedAt());
  }
}
