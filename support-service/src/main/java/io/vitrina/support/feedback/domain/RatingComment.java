package io.vitrina.support.feedback.domain;

import java.time.Instant;

/** A rating with the words that came with it, as the catalog's staff read it: no customer. */
public record RatingComment(
    String ticketId, int rating, String subject, String comment, Instant ratedAt) {}
