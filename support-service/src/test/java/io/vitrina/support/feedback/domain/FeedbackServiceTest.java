package io.vitrina.support.feedback.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.vitrina.platform.problem.ConflictException;
import io.vitrina.platform.problem.ProblemException;
import io.vitrina.support.context.domain.OrderFacts;
import io.vitrina.support.ticket.domain.Caller;
import io.vitrina.support.ticket.domain.Ticket;
import io.vitrina.support.ticket.domain.TicketPriority;
import io.vitrina.support.ticket.domain.TicketService;
import io.vitrina.support.ticket.domain.TicketType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class FeedbackServiceTest {

  private final FeedbackService service = new FeedbackService();
  private final RatingRepository ratings = mock(RatingRepository.class);
  private final TicketService tickets = mock(TicketService.class);
  private final MetricRegistry metrics = mock(MetricRegistry.class);
  private final Ticket ticket = mock(Ticket.class);

  /** The customer's delivered order holding the product. */
  private static final OrderFacts DELIVERED =
      new OrderFacts(
          "order",
          "cust",
          "DELIVERED",
          new BigDecimal("10.00"),
          "EUR",
          List.of(new OrderFacts.Line("product", "SKU", 1, new BigDecimal("10.00"))),
          "PAID",
          Instant.EPOCH,
          Instant.EPOCH.plusSeconds(86_400),
          false);

  @BeforeEach
  void wire() {
    service.ratings = ratings;
    service.tickets = tickets;
    service.metrics = metrics;
    when(metrics.counter(eq("feedback.ratings"), any(Tag.class))).thenReturn(mock(Counter.class));
    when(ticket.id()).thenReturn("ticket-1");
    when(ticket.openedAt()).thenReturn(Instant.parse("2026-11-29T10:00:00Z"));
    when(tickets.open(any(), any())).thenReturn(ticket);
  }

  @Test
  void opensAFeedbackTicketWithTheCommentAndKeepsTheRating() {
    FeedbackService.Given given =
        service.rate("cust", new FeedbackService.Draft("order", "product", 4, "Lovely"), DELIVERED);

    ArgumentCaptor<Ticket.Draft> draft = ArgumentCaptor.forClass(Ticket.Draft.class);
    verify(tickets).open(eq(Caller.customer("cust")), draft.capture());
    assertEquals(TicketType.FEEDBACK, draft.getValue().type());
    assertEquals("Rated 4 of 5", draft.getValue().subject());
    assertEquals("Lovely", draft.getValue().body());
    assertEquals("order", draft.getValue().orderId());
    assertEquals("product", draft.getValue().productId());
    assertEquals(TicketPriority.LOW, draft.getValue().priority());
    assertEquals(List.of(), draft.getValue().returnLines());

    ArgumentCaptor<ProductRating> kept = ArgumentCaptor.forClass(ProductRating.class);
    verify(ratings).add(kept.capture());
    assertEquals("ticket-1", kept.getValue().ticketId());
    assertEquals("cust", kept.getValue().customerId());
    assertEquals(4, kept.getValue().rating());
    assertEquals(Instant.parse("2026-11-29T10:00:00Z"), kept.getValue().ratedAt());
    assertEquals(kept.getValue(), given.rating());
  }

  @Test
  void answersAPoorRatingSoonerAndWritesABodyWhenThereIsNoComment() {
    service.rate("cust", new FeedbackService.Draft("order", "product", 2, "  "), DELIVERED);

    ArgumentCaptor<Ticket.Draft> draft = ArgumentCaptor.forClass(Ticket.Draft.class);
    verify(tickets).open(any(), draft.capture());
    assertEquals(TicketPriority.NORMAL, draft.getValue().priority());
    assertEquals("Rated 2 of 5, without a comment.", draft.getValue().body());
  }

  @Test
  void refusesASecondRatingOfTheSameProductOfTheSameOrder() {
    when(ratings.find("cust", "order", "product"))
        .thenReturn(
            Optional.of(
                new ProductRating("earlier", "cust", "order", "product", 5, Instant.EPOCH)));

    ConflictException conflict =
        assertThrows(
            ConflictException.class,
            () ->
                service.rate(
                    "cust", new FeedbackService.Draft("order", "product", 1, null), DELIVERED));

    assertEquals(409, conflict.status());
    verify(tickets, never()).open(any(), any());
    verify(ratings, never()).add(any());
  }

  @Test
  void turnsARaceLostAtTheUniqueKeyIntoAConflict() {
    org.mockito.Mockito.doThrow(new DuplicateRatingException(null)).when(ratings).add(any());

    assertThrows(
        ConflictException.class,
        () ->
            service.rate(
                "cust", new FeedbackService.Draft("order", "product", 3, null), DELIVERED));
  }

  @Test
  void refusesAProductOfAnOrderThatIsNotTheCustomersBeforeWritingAnything() {
    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () ->
                service.rate(
                    "someone-else",
                    new FeedbackService.Draft("order", "product", 5, null),
                    DELIVERED));

    assertEquals(404, refused.status());
    verify(tickets, never()).open(any(), any());
    verify(ratings, never()).add(any());
  }
}
