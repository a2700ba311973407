package io.vitrina.support.context.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A line of an order snapshot, from order.placed. */
@Embeddable
public class OrderSnapshotLine {

  @Column(name = "product_id", length = 36, nullable = false)
  private String productId;

  @Column(name = "sku", length = 64, nullable = false)
  private String sku;

  @Column(name = "quantity", nullable = false)
  private int quantity;

  @Column(name = "unit_price", precision = 19, scale = 4, nullable = false)
  private BigDecimal unitPrice;

  protected OrderSnapshotLine() {}

  public OrderSnapshotLine(String productId, String sku, int quantity, BigDecimal unitPrice) {
    this.productId = productId;
    this.sku = sku;
    this.quantity = quantity;
    this.unitPrice = unitPrice;
  }

  public OrderFacts.Line toLine() {
    return new OrderFacts.Line(productId, sku, quantity, unitPrice);
  }

  public String productId() {
    return productId;
  }
}
