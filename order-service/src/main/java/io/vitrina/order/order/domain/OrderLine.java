package io.vitrina.order.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One product of an order at the price it was ordered at: a snapshot that later catalog changes do
 * not touch.
 */
@Entity
@Table(name = "order_lines")
@IdClass(OrderLine.Key.class)
public class OrderLine {

  @Id
  @ManyToOne
  @JoinColumn(name = "order_id")
  private Order owner;

  @Id
  @Column(name = "line_no")
  private int lineNo;

  @Column(name = "product_id", length = 36, nullable = false)
  private String productId;

  @Column(name = "sku", length = 40, nullable = false)
  private String sku;

  @Column(name = "name", length = 200, nullable = false)
  private String name;

  @Column(name = "quantity", nullable = false)
  private int quantity;

  @Column(name = "unit_price", precision = 19, scale = 4, nullable = false)
  private BigDecimal unitPrice;

  @Column(name = "line_total", precision = 19, scale = 4, nullable = false)
  private BigDecimal lineTotal;

  protected OrderLine() {}

  OrderLine(Order order, int lineNo, OrderLineDraft draft) {
    this.owner = order;
    this.lineNo = lineNo;
    this.productId = draft.productId();
    this.sku = draft.sku();
    this.name = draft.name();
    this.quantity = draft.quantity();
    this.unitPrice = draft.unitPrice();
    this.lineTotal = draft.priced().lineTotal();
  }

  public int lineNo() {
    return lineNo;
  }

  public String productId() {
    return productId;
  }

  public String sku() {
    return sku;
  }

  public String name() {
    return name;
  }

  public int quantity() {
    return quantity;
  }

  public BigDecimal unitPrice() {
    return unitPrice.setScale(2, RoundingMode.UNNECESSARY);
  }

  public BigDecimal lineTotal() {
    return lineTotal.setScale(2, RoundingMode.UNNECESSARY);
  }

  /** The composite key: the order and the line's number in it. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private String owner;
    private int lineNo;

    public Key() {}

    public Key(String order, int lineNo) {
      this.owner = order;
      this.lineNo = lineNo;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && Objects.equals(owner, key.owner) && lineNo == key.lineNo;
    }

    @Override
    public int hashCode() {
      return Objects.hash(owner, lineNo);
    }
  }
}
