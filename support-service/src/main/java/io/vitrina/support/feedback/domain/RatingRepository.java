package io.vitrina.support.feedback.domain;

import java.util.List;
import java.util.Optional;

/** Where ratings are kept and aggregated. */
public interface RatingRepository {

  /**
   * Adds a rating and writes it at once.
   *
   * @throws DuplicateRatingException when the customer rated that product of that order already
   */
  void add(ProductRating rating);

  Optional<ProductRating> find(String customerId, String orderId, String productId);

  /** One page of per-product summaries of every rated product. */
  List<RatingSummary> summaries(RatingSort sort, int offset, int limit);

  /** How many products have ratings. */
  long ratedProducts();

  RatingSummary summary(String productId);

  /** The latest ratings of a product with their comments, newest first. */
  List<RatingComment> latest(String productId, int limit);
}
