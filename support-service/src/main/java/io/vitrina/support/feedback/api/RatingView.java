package io.vitrina.support.feedback.api;

import io.vitrina.support.feedback.domain.FeedbackService;
import java.time.Instant;

/** A rating as given, with the feedback ticket that carries its comment. */
public record RatingView(
    String ticketId, String orderId, String productId, int rating, Instant ratedAt) {

  static RatingView of(FeedbackService.Given given) {
    return new RatingView(
        given.ticket().id(),
        given.rating().orderId(),
        given.rating().productId(),
        given.rating().rating(),
        given.rating().ratedAt());
  }
}
