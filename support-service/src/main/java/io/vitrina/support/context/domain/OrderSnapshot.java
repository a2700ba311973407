package io.vitrina.support.context.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An order as order-service's events described it, whatever order they arrived in. Each event sets
 * only what it knows, so the result does not depend on the arrival order:
 *
 * <ul>
 *   <li>the status is the one of the newest event (its CloudEvents time); at the same instant the
 *       later step of the lifecycle ({@link #RANK}) wins;
 *   <li>lines, total, currency and placing time come from order.placed alone;
 *   <li>paid, delivered and refunded times are each set once, by the first event that knows them
 *       (the earliest time if two do), and never unset.
 * </ul>
 *
 * Applying an event twice therefore changes nothing. Never serialised to a client.
 */
@Entity
@Table(name = "order_snapshots")
public class OrderSnapshot {

  /** Order statuses in lifecycle order: at equal times the later one wins. */
  public static final List<String> RANK =
      List.of(
          "PENDING_PAYMENT",
          "PAYMENT_FAILED",
          "PAID",
          "FULFILLING",
          "SHIPPED",
          "DELIVERED",
          "RETURN_REQUESTED",
          "RETURNED",
          "REFUNDED",
          "CANCELLED");

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "customer_id", length = 64, nullable = false)
  private String customerId;

  @Column(name = "status", length = 24, nullable = false)
  private String status;

  @Column(name = "status_at", nullable = false)
  private Instant statusAt;

  @Column(name = "total", precision = 19, scale = 4)
  private BigDecimal total;

  @Column(name = "currency", length = 3)
  private String currency;

  @Column(name = "placed_at")
  private Instant placedAt;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "refunded_at")
  private Instant refundedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "order_snapshot_lines", joinColumns = @JoinColumn(name = "order_id"))
  @OrderBy("productId")
  private List<OrderSnapshotLine> lines = new ArrayList<>();

  protected OrderSnapshot() {}

  public OrderSnapshot(String id, String customerId) {
    this.id = id;
    this.customerId = customerId;
  }

  /** order.placed: the lines and amounts, and PENDING_PAYMENT as of its time. */
  public void placed(
      List<OrderSnapshotLine> placedLines,
      BigDecimal total,
      String currency,
      Instant placedAt,
      Instant time) {
    if (this.placedAt == null) {
      this.lines.clear();
      this.lines.addAll(placedLines);
      this.total = total;
      this.currency = currency;
      this.placedAt = placedAt;
    }
    status("PENDING_PAYMENT", time);
  }

  /** order.paid. */
  public void paid(Instant paidAt, Instant time) {
    this.paidAt = earliest(this.paidAt, paidAt);
    status("PAID", time);
  }

  /** order.cancelled. */
  public void cancelled(Instant time) {
    status("CANCELLED", time);
  }

  /** order.status-changed: the new status; arriving at DELIVERED records the delivery. */
  public void statusChanged(String to, Instant changedAt, Instant time) {
    if (OrderFacts.DELIVERED.equals(to)) {
      deliveredAt = earliest(deliveredAt, changedAt);
    }
    status(to, time);
  }

  /** order.refunded. */
  public void refunded(Instant refundedAt, Instant time) {
    this.refundedAt = earliest(this.refundedAt, refundedAt);
    status("REFUNDED", time);
  }

  private void status(String candidate, Instant time) {
    if (!RANK.contains(candidate)) {
      throw new IllegalArgumentException("status: " + candidate + " is not an order status");
    }
    if (status == null
        || time.isAfter(statusAt)
        || (time.equals(statusAt) && RANK.indexOf(candidate) > RANK.indexOf(status))) {
      status = candidate;
      statusAt = time;
    }
    updatedAt = updatedAt == null || time.isAfter(updatedAt) ? time : updatedAt;
  }

  private static Instant earliest(Instant current, Instant candidate) {
    return current == null || (candidate != null && candidate.isBefore(current))
        ? candidate
        : current;
  }

  public OrderFacts facts() {
    String payment = refundedAt != null ? "REFUNDED" : paidAt != null ? "PAID" : "UNPAID";
    return new OrderFacts(
        id,
        customerId,
        status,
        total,
        currency,
        lines.stream().map(OrderSnapshotLine::toLine).toList(),
        payment,
        placedAt,
        deliveredAt,
        refundedAt != null);
  }

  public String id() {
    return id;
  }

  public String customerId() {
    return customerId;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
