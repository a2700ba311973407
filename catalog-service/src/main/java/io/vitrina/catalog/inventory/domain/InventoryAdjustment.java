package io.vitrina.catalog.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** The audit record of one manual stock change: who, when, how much, why, and what it left. */
@Entity
@Table(name = "inventory_adjustments")
@NamedQuery(
    name = "InventoryAdjustment.latest",
    query = "SELECT a FROM InventoryAdjustment a WHERE a.productId = :productId ORDER BY a.id DESC")
public class InventoryAdjustment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "product_id", length = 36, nullable = false)
  private String productId;

  @Column(name = "delta", nullable = false)
  private int delta;

  @Column(name = "reason", length = 200, nullable = false)
  private String reason;

  @Column(name = "actor", length = 254, nullable = false)
  private String actor;

  @Column(name = "adjusted_at", nullable = false)
  private Instant adjustedAt;

  @Column(name = "on_hand_after", nullable = false)
  private int onHandAfter;

  protected InventoryAdjustment() {}

  public InventoryAdjustment(
      String productId,
      int delta,
      String reason,
      String actor,
      Instant adjustedAt,
      int onHandAfter) {
    this.productId = productId;
    this.delta = delta;
    this.reason = reason;
    this.actor = actor;
    this.adjustedAt = adjustedAt;
    this.onHandAfter = onHandAfter;
  }

  public Long id() {
    return id;
  }

  public String productId() {
    return productId;
  }

  public int delta() {
    return delta;
  }

  public String reason() {
    return reason;
  }

  public String actor() {
    return actor;
  }

  public Instant adjustedAt() {
    return adjustedAt;
  }

  public int onHandAfter() {
    return onHandAfter;
  }
}
