package io.vitrina.support.feedback.api;

import io.vitrina.support.feedback.domain.RatingSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a product's ratings add up to. */
public record RatingSummaryView(
    String productId,
    long ratings,
    @Schema(description = "Mean rating to two decimals; absent when nobody rated the product")
        BigDecimal average,
    @Schema(description = "How many ratings of 1, 2, 3, 4 and 5, in that order")
        List<Long> distribution,
    Instant lastRatedAt) {

  static RatingSummaryView of(RatingSummary summary) {
    return new RatingSummaryView(
        summary.productId(),
        summary.ratings(),
        summary.average(),
        summary.distribution(),
        summary.lastRatedAt());
  }
}
