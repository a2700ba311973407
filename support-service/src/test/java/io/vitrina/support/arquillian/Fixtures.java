package io.vitrina.support.arquillian;

import io.vitrina.support.context.domain.OrderFacts;
import io.vitrina.support.ticket.domain.ReturnLine;
import io.vitrina.support.ticket.domain.Ticket;
import io.vitrina.support.ticket.domain.TicketPriority;
import io.vitrina.support.ticket.domain.TicketType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
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

  /** A new order id, and a product id. */
  static String uuid() {
    return UUID.randomUUID().toString();
  }

  /** An order of the customer, delivered yesterday, with one line. */
  static OrderFacts deliveredOrder(
      String orderId, String customerId, String productId, int quantity) {
    return new OrderFacts(
        orderId,
        customerId,
        OrderFacts.DELIVERED,
        BigDecimal.TEN,
        "EUR",
        List.of(new OrderFacts.Line(productId, "SKU-1", quantity, BigDecimal.TEN)),
        "PAID",
        Instant.now().minus(Duration.ofDays(3)),
        Instant.now().minus(Duration.ofDays(1)),
        false);
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
