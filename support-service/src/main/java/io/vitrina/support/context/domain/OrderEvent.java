package io.vitrina.support.context.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An {@code order.*} event as the read model needs it. {@code time} is the event's CloudEvents
 * time; {@code at} the time the data names (placedAt, paidAt, cancelledAt, changedAt, refundedAt);
 * {@code status} the new status of order.status-changed; lines and amounts come with order.placed;
 * {@code ticketId} with an order.refunded that followed a return ticket, when order-service says.
 */
public record OrderEvent(
    String eventId,
    String type,
    Instant time,
    String orderId,
    String customerId,
    String status,
    List<OrderSnapshotLine> lines,
    BigDecimal total,
    String currency,
    Instant at,
    String ticketId) {

  public static final String PLACED = "order.placed";
  public static final String PAID = "order.paid";
  public static final String CANCELLED = "order.cancelled";
  public static final String STATUS_CHANGED = "order.status-changed";
  public static final String REFUNDED = "order.refunded";

  public static final List<String> TYPES =
      List.of(PLACED, PAID, CANCELLED, STATUS_CHANGED, REFUNDED);

  public OrderEvent {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  /** Applies the event to the order's snapshot. */
  public void applyTo(OrderSnapshot snapshot) {
    switch (type) {
      case PLACED -> snapshot.placed(lines, total, currency, at, time);
      case PAID -> snapshot.paid(at, time);
      case CANCELLED -> snapshot.cancelled(time);
      case STATUS_CHANGED -> snapshot.statusChanged(status, at, time);
      case REFUNDED -> snapshot.refunded(at, time);
      default -> throw new IllegalArgumentException("type: " + type + " is not an order event");
    }
  }
}
