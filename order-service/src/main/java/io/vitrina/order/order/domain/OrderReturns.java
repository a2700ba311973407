package io.vitrina.order.order.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Approved returns of orders, by the refund that pays them back: what comes back is remembered with
 * the refund, so that the restock (order.refunded) names the returned lines even when the refund is
 * settled later by a schedule, and so that a later return of the same order is checked against the
 * units still left. Implementations join the caller's transaction.
 */
public interface OrderReturns {

  /**
   * An approved return: the refund paying it back, support-service's ticket, the lines coming back,
   * and when its order.refunded was published (null until then).
   */
  record Returned(
      String refundId, String ticketId, List<OrderEvents.ReturnedLine> lines, Instant refundedAt) {

    public Returned {
      lines = List.copyOf(lines);
    }
  }

  void add(
      String refundId,
      String orderId,
      String ticketId,
      List<OrderEvents.ReturnedLine> lines,
      Instant approvedAt);

  /** The return a refund pays back; empty when the refund is not for a return. */
  Optional<Returned> find(String refundId);

  /** The order's approved returns, oldest first. */
  List<Returned> ofOrder(String orderId);

  /** Records that the return's refund succeeded and its order.refunded was published. */
  void refunded(String refundId, Instant at);

  /**
   * Refunds of returns that the provider confirmed but whose order.refunded was never published
   * (the service stopped in between), at most {@code limit}.
   */
  List<String> succeededNotApplied(int limit);
}
