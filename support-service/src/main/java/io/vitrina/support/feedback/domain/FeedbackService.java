package io.vitrina.support.feedback.domain;

import io.vitrina.platform.problem.ConflictException;
import io.vitrina.platform.problem.ProblemException;
import io.vitrina.support.context.domain.OrderFacts;
import io.vitrina.support.context.domain.RatingRules;
import io.vitrina.support.ticket.domain.Caller;
import io.vitrina.support.ticket.domain.Ticket;
import io.vitrina.support.ticket.domain.TicketPriority;
import io.vitrina.support.ticket.domain.TicketService;
import io.vitrina.support.ticket.domain.TicketType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Takes customers' ratings and answers what they add up to per product. A rating opens a FEEDBACK
 * ticket with its comment in the same transaction, so agents see and answer it like any other; a
 * poor rating (1 or 2) gets NORMAL priority, the others LOW. Each rating counts once: rating the
 * same product of the same order again is a conflict.
 */
@ApplicationScoped
public class FeedbackService {

  /** The ratings at or below which the ticket is answered with NORMAL priority. */
  static final int POOR = 2;

  /** What a customer gives: comment may be null. */
  public record Draft(String orderId, String productId, int rating, String comment) {}

  /** A rating given, and its ticket. */
  public record Given(ProductRating rating, Ticket ticket) {}

  @Inject RatingRepository ratings;
  @Inject TicketService tickets;
  @Inject MetricRegistry metrics;

  /**
   * @param order the rated order as order-service or the read model knows it; null when unknown
   * @throws ProblemException 404, 409 or 422 when the product of the order may not be rated
   * @throws ConflictException when the customer rated that product of that order already
   * @throws IllegalArgumentException when the rating is outside 1 to 5
   */
  @Transactional
  public Given rate(String customerId, Draft draft, OrderFacts order) {
    RatingRules.check(order, customerId, draft.productId());
    ratings
        .find(customerId, draft.orderId(), draft.productId())
        .ifPresent(
            earlier -> {
              throw alreadyRated(earlier.ticketId());
            });
    Ticket ticket =
        tickets.open(
            Caller.customer(customerId),
            new Ticket.Draft(
                TicketType.FEEDBACK,
                subject(draft.rating()),
                draft.comment() == null || draft.comment().isBlank()
                    ? "Rated " + draft.rating() + " of 5, without a comment."
                    : draft.comment(),
                draft.orderId(),
                draft.productId(),
                draft.rating() <= POOR ? TicketPriority.NORMAL : TicketPriority.LOW,
                List.of()));
    ProductRating rating =
        new ProductRating(
            ticket.id(),
            customerId,
            draft.orderId(),
            draft.productId(),
            draft.rating(),
            ticket.openedAt());
    try {
      ratings.add(rating);
    } catch (DuplicateRatingException raced) {
      // Another request of the same customer rated it between the look-up and the insert.
      throw alreadyRated(null);
    }
    metrics.counter("feedback.ratings", new Tag("rating", Integer.toString(draft.rating()))).inc();
    return new Given(rating, ticket);
  }

  @Transactional
  public RatingSummary summary(String productId) {
    return ratings.summary(productId);
  }

  @Transactional
  public List<RatingComment> latest(String productId, int limit) {
    return ratings.latest(productId, limit);
  }

  @Transactional
  public List<RatingSummary> summaries(RatingSort sort, int offset, int limit) {
    return ratings.summaries(sort, offset, limit);
  }

  @Transactional
  public long ratedProducts() {
    return ratings.ratedProducts();
  }

  static String subject(int rating) {
    return "Rated " + rating + " of 5";
  }

  private static ConflictException alreadyRated(String ticketId) {
    return new ConflictException(
        "You rated this product of this order already"
            + (ticketId == null ? "." : " (ticket " + ticketId + ")."));
  }
}
