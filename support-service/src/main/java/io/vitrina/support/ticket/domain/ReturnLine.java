package io.vitrina.support.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One product of a return and how many of it. */
@Embeddable
public class ReturnLine {

  @Column(name = "product_id", length = 64, nullable = false)
  private String productId;

  @Column(name = "quantity", nullable = false)
  private int quantity;

  protected ReturnLine() {}

  public ReturnLine(String productId, int quantity) {
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be positive");
    }
    this.productId = productId;
    this.quantity = quantity;
  }

  public String productId() {
    return productId;
  }

  public int quantity() {
    return quantity;
  }
}
