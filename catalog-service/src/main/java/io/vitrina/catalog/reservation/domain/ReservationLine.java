package io.vitrina.catalog.reservation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A quantity of one product in a reservation. */
@Embeddable
public class ReservationLine {

  @Column(name = "product_id", length = 36, nullable = false)
  private String productId;

  @Column(name = "quantity", nullable = false)
  private int quantity;

  protected ReservationLine() {}

  public ReservationLine(String productId, int quantity) {
    this.productId = Objects.requireNonNull(productId, "productId");
    this.quantity = quantity;
  }

  public String productId() {
    return productId;
  }

  public int quantity() {
    return quantity;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReservationLine line
        && productId.equals(line.productId)
        && quantity == line.quantity;
  }

  @Override
  public int hashCode() {
    return Objects.hash(productId, quantity);
  }

  @Override
  public String toString() {
    return quantity + " x " + productId;
  }
}
