package io.vitrina.order.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of an order's history: from what, to what, by whom, when and why. Never changes. */
@Entity
@Table(name = "order_status_history")
@NamedQuery(
    name = "OrderStatusChange.ofOrder",
    query = "SELECT c FROM OrderStatusChange c WHERE c.owner.id = :orderId ORDER BY c.id")
public class OrderStatusChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne
  @JoinColumn(name = "order_id", nullable = false)
  private Order owner;

  /** Null for the status the order was placed in. */
  @Enumerated(EnumType.STRING)
  @Column(name = "from_status", length = 24)
  private OrderStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", length = 24, nullable = false)
  private OrderStatus to;

  @Column(name = "actor", length = 254, nullable = false)
  private String actor;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "reason", length = 500)
  private String reason;

  protected OrderStatusChange() {}

  OrderStatusChange(
      Order order,
      OrderStatus from,
      OrderStatus to,
      String actor,
      Instant changedAt,
      String reason) {
    this.owner = order;
    this.from = from;
    this.to = to;
    this.actor = actor;
    this.changedAt = changedAt;
    this.reason = reason;
  }

  public Long id() {
    return id;
  }

  public OrderStatus from() {
    return from;
  }

  public OrderStatus to() {
    return to;
  }

  public String actor() {
    return actor;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String reason() {
    return reason;
  }
}
