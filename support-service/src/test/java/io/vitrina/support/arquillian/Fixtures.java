package io.vitrina.support.arquillian;

import io.vitrina.support.ticket.domain.ReturnLine;
import io.vitrina.support.ticket.domain.Ticket;
import io.vitrina.support.ticket.domain.TicketPriority;
import io.vitrina.support.ticket.domain.TicketType;
import java.util.List;
import java.util.UUID;

/** Data the Arquillian tests make for themselves, unique per call. */
final class Fixtures {

  private Fixtures() {}

  static String customerId() {
    return "customer-" + UUID.randomUUID();
  }

  static Ticket.Draft inquiry(String subject) {
    return new Ticket.Draft(
        TicketType.INQUIRY, subject, "Body of " + subject, null, null, TicketPriority.NORMAL, null);
  }

  static Ticket.Draft draft(String subject, TicketPriority priority) {
    return new Ticket.Draft(
        TicketType.INQUIRY, subject, "Body of " + subject, null, null, priority, null);
  }

  static Ticket.Draft returnOf(String orderId, String productId, int quantity) {
    return new Ticket.Draft(
        TicketType.RETURN,
        "Return of " + orderId,
        "Please take it back",
        orderId,
        null,
        TicketPriority.NORMAL,
        List.of(new ReturnLine(productId, quantity)));
  }
}
