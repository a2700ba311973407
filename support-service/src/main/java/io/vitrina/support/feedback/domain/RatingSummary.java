package io.vitrina.support.feedback.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What customers think of one product: how many ratings it has, their average and how many of each
 * value.
 *
 * @param distribution the number of ratings of 1, 2, 3, 4 and 5, in that order
 * @param lastRatedAt null when nobody rated the product
 */
public record RatingSummary(
    String productId, long ratings, List<Long> distribution, Instant lastRatedAt) {

  public RatingSummary {
    if (distribution.size() != ProductRating.HIGHEST) {
      throw new IllegalArgumentException("distribution: one count per rating value");
    }
    distribution = List.copyOf(distribution);
    if (distribution.stream().mapToLong(Long::longValue).sum() != ratings) {
      throw new IllegalArgumentException("distribution: counts must add up to the ratings");
    }
  }

  /** A product nobody rated. */
  public static RatingSummary none(String productId) {
    return new RatingSummary(productId, 0, List.of(0L, 0L, 0L, 0L, 0L), null);
  }

  /** The mean rating to two decimals (half up), computed exactly from the counts; null if none. */
  public BigDecimal average() {
    if (ratings == 0) {
      return null;
    }
    long sum =
        IntStream.range(0, distribution.size()).mapToLong(i -> (i + 1) * distribution.get(i)).sum();
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(ratings), 2, RoundingMode.HALF_UP);
  }
}
