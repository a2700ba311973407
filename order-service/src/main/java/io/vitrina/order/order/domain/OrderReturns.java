package io.vitrina.order.order.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Approved returns of orders, by the refund that pays them back: what comes back is remembered with
 * the refund, so that the restock (order.refunded) names the returned lines even when the refund is
 * settled later by a schedule. Implementations join the caller's transaction.
 */
public interface OrderReturns {

  void add(
      String refundId,
      String orderId,
      String ticketId,
      List<OrderEvents.ReturnedLine> lines,
      Instant approvedAt);

  /** The lines a refund pays back; empty when the refund is not for a return. */
  Optional<List<OrderEvents.ReturnedLine>> linesOf(String refundId);
}
