package io.vitrina.order.order.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The order events other services react to (docs/events.md holds the contract). Implementations
 * send within the caller's transaction: an event leaves if and only if the change it reports
 * commits, and a call outside a transaction fails.
 */
public interface OrderEvents {

  /** A product and how many of it a refund gives back. */
  record ReturnedLine(String productId, int quantity) {}

  void placed(Order order);

  void paid(Order order, String paymentId, BigDecimal amount, Instant paidAt);

  void cancelled(Order order, String reason, Instant cancelledAt);

  void statusChanged(Order order, OrderStatusChange change);

  void refunded(
      Order order,
      String refundId,
      BigDecimal amount,
      boolean restock,
      List<ReturnedLine> lines,
      String ticketId,
      Instant refundedAt);
}
