package io.vitrina.support.ticket.api;

import io.vitrina.support.ticket.domain.Ticket;
import java.time.Instant;
import java.util.List;

/** The return of a RETURN ticket: its lines and the decision on it. */
public record ReturnView(String status, List<LineView> lines, Instant decidedAt) {

  /** A product to return and how many of it. */
  public record LineView(String productId, int quantity) {}

  static ReturnView of(Ticket ticket) {
    if (ticket.returnStatus() == null) {
      return null;
    }
    return new ReturnView(
        ticket.returnStatus().name(),
        ticket.returnLines().stream().map(l -> new LineView(l.productId(), l.quantity())).toList(),
        ticket.returnDecidedAt());
  }
}
