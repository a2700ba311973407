package io.vitrina.support.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer's rating of one product of one of their orders, from 1 (poor) to 5 (excellent). Its
 * comment is the FEEDBACK ticket it was given with; the rating is never changed once given.
 */
@Entity
@Table(name = "product_ratings")
public class ProductRating {

  public static final int LOWEST = 1;
  public static final int HIGHEST = 5;

  @Id
  @Column(name = "ticket_id", length = 36)
  private String ticketId;

  @Column(name = "customer_id", length = 64, nullable = false)
  private String customerId;

  @Column(name = "order_id", length = 64, nullable = false)
  private String orderId;

  @Column(name = "product_id", length = 64, nullable = false)
  private String productId;

  @Column(name = "rating", nullable = false)
  private int rating;

  @Column(name = "rated_at", nullable = false)
  private Instant ratedAt;

  protected ProductRating() {}

  /**
   * @throws IllegalArgumentException when the rating is outside 1 to 5
   */
  public ProductRating(
      String ticketId,
      String customerId,
      String orderId,
      String productId,
      int rating,
      Instant ratedAt) {
    if (rating < LOWEST || rating > HIGHEST) {
      throw new IllegalArgumentException(
          "rating: must be from " + LOWEST + " to " + HIGHEST + ", was " + rating);
    }
    this.ticketId = Objects.requireNonNull(ticketId);
    this.customerId = Objects.requireNonNull(customerId);
    this.orderId = Objects.requireNonNull(orderId);
    this.productId = Objects.requireNonNull(productId);
    this.rating = rating;
    this.ratedAt = Objects.requireNonNull(ratedAt);
  }

  public String ticketId() {
    return ticketId;
  }

  public String customerId() {
    return customerId;
  }

  public String orderId() {
    return orderId;
  }

  public String productId() {
    return productId;
  }

  public int rating() {
    return rating;
  }

  public Instant ratedAt() {
    return ratedAt;
  }
}
