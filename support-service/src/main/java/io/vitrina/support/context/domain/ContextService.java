package io.vitrina.support.context.domain;

import io.vitrina.platform.problem.ProblemDetail;
import io.vitrina.platform.problem.ProblemException;
import io.vitrina.support.ticket.domain.Caller;
import io.vitrina.support.ticket.domain.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * A ticket's context and a return's order: asked live (order-service with the caller's token,
 * user-service with this service's own), falling back to the read model ({@link ContextSources}).
 * Never inside a transaction: a slow service must not hold one.
 */
@ApplicationScoped
public class ContextService {

  /** Seconds a client should wait before asking again when no order source answers. */
  static final String RETRY_AFTER_SECONDS = "30";

  @Inject LiveOrders liveOrders;
  @Inject LiveCustomers liveCustomers;
  @Inject ReadModel readModel;
  @Inject Clock clock;

  /**
   * The ticket's context as the caller may see it: a customer gets a card of themselves without
   * email and account status. An order that is not the ticket customer's is left out, whatever its
   * source says.
   */
  public TicketContext of(Caller caller, Ticket ticket, String bearer) {
    var now = clock.instant();
    ContextSources.Part<CustomerCard> customer =
        ContextSources.choose(
            liveCustomers.find(ticket.customerId()), readModel.customer(ticket.customerId()), now);
    ContextSources.Part<OrderFacts> order = null;
    if (ticket.orderId() != null && Ticket.isUuid(ticket.orderId())) {
      order =
          ContextSources.choose(
              liveOrders.find(ticket.orderId(), bearer), readModel.order(ticket.orderId()), now);
      if (order.value() != null && !order.value().customerId().equals(ticket.customerId())) {
        order = new ContextSources.Part<>(null, order.source(), order.asOf());
      }
    }
    TicketContext context = ContextSources.combine(customer, order);
    if (!caller.agent() && context.customer() != null) {
      context =
          new TicketContext(
              context.customer().forCustomer(), context.order(), context.source(), context.asOf());
    }
    return context;
  }

  /**
   * The order a return or a rating is checked against: order-service's answer, or when it does not
   * answer the read model's, once the read model knows its lines.
   *
   * @return null when order-service says there is no such order for the caller
   * @throws ProblemException 503 with Retry-After when neither knows the order
   */
  public OrderFacts orderToCheck(String orderId, String bearer) {
    Fetched<OrderFacts> live = liveOrders.find(orderId, bearer);
    return switch (live.outcome()) {
      case FOUND -> live.value();
      case NOT_FOUND -> null;
      case UNAVAILABLE ->
          readModel
              .order(orderId)
              .map(Known::value)
              // Known from a status change only (its order.placed not applied yet): no lines to
              // check against, so not known well enough.
              .filter(order -> !order.lines().isEmpty())
              .orElseThrow(
                  () ->
                      new ProblemException(
                          503,
                          ProblemDetail.type("orders-unavailable"),
                          "Orders unavailable",
                          "The order cannot be checked now: order-service does not answer and"
                              + " this service has not heard of the order yet. Try again later.",
                          List.of(),
                          Map.of("Retry-After", RETRY_AFTER_SECONDS)));
    };
  }
}
