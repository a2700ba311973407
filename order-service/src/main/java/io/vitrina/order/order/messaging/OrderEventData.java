package io.vitrina.order.order.messaging;

import io.vitrina.order.order.domain.Order;
import io.vitrina.order.order.domain.OrderEvents.ReturnedLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The data of each order event, field for field as docs/events.md lists them. */
public final class OrderEventData {

  private OrderEventData() {}

  /** A line of {@code order.placed}. */
  public record PlacedLine(
      String productId, String sku, int quantity, BigDecimal unitPrice, String currency) {}

  public record Placed(
      String orderId,
      String customerId,
      List<PlacedLine> lines,
      BigDecimal total,
      String currency,
      Instant placedAt) {

    static Placed of(Order order) {
      return new Placed(
          order.id(),
          order.customerId(),
          order.lines().stream()
              .map(
                  l ->
                      new PlacedLine(
                          l.productId(), l.sku(), l.quantity(), l.unitPrice(), order.currency()))
              .toList(),
          order.totals().total(),
          order.currency(),
          order.placedAt());
    }
  }

  public record Paid(
      String orderId,
      String customerId,
      String paymentId,
      BigDecimal amount,
      String currency,
      Instant paidAt) {}

  public record Cancelled(String orderId, String customerId, String reason, Instant cancelledAt) {}

  public record StatusChanged(
      String orderId, String customerId, String from, String to, Instant changedAt) {}

  /** A line of {@code order.refunded}. */
  public record RefundedLine(String productId, int quantity) {
    static RefundedLine of(ReturnedLine line) {
      return new RefundedLine(line.productId(), line.quantity());
    }
  }

  public record Refunded(
      String orderId,
      String customerId,
      String refundId,
      BigDecimal amount,
      String currency,
      boolean restock,
      List<RefundedLine> lines,
      String ticketId,
      Instant refundedAt) {}
}
