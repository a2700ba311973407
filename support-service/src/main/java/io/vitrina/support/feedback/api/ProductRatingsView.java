package io.vitrina.support.feedback.api;

import io.vitrina.support.feedback.domain.RatingComment;
import java.time.Instant;
import java.util.List;

/**
 * One product's ratings: the summary and the latest comments. Comments are the customers' plain
 * text, JSON strings, never HTML; who wrote them is not shown.
 */
public record ProductRatingsView(RatingSummaryView summary, List<Comment> latest) {

  /** One rating with its comment and the feedback ticket agents answer it in. */
  public record Comment(String ticketId, int rating, String comment, Instant ratedAt) {

    static Comment of(RatingComment comment) {
      return new Comment(
          comment.ticketId(), comment.rating(), comment.comment(), comment.ratedAt());
    }
  }
}
