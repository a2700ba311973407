package io.vitrina.support.context.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * The decision between a live answer and the read model. A live answer wins, a live "no such thing"
 * too (the read model may not have heard of a deletion yet); only when the service did not answer
 * does the snapshot stand in, and when there is none the part is unavailable.
 */
public final class ContextSources {

  private ContextSources() {}

  /** One part of the context and where it came from. */
  public record Part<T>(T value, TicketContext.Source source, Instant asOf) {}

  public static <T> Part<T> choose(Fetched<T> live, Optional<Known<T>> snapshot, Instant now) {
    return switch (live.outcome()) {
      case FOUND -> new Part<>(live.value(), TicketContext.Source.LIVE, now);
      case NOT_FOUND -> new Part<>(null, TicketContext.Source.LIVE, now);
      case UNAVAILABLE ->
          snapshot
              .map(k -> new Part<>(k.value(), TicketContext.Source.SNAPSHOT, k.asOf()))
              .orElseGet(() -> new Part<>(null, TicketContext.Source.UNAVAILABLE, null));
    };
  }

  /**
   * The context of a customer and, when the ticket names one, an order.
   *
   * @param order null when the ticket names no order
   */
  public static TicketContext combine(Part<CustomerCard> customer, Part<OrderFacts> order) {
    TicketContext.Source source = customer.source();
    Instant asOf = customer.asOf();
    if (order != null) {
      if (order.source().compareTo(source) > 0) {
        source = order.source();
      }
      if (asOf == null || (order.asOf() != null && order.asOf().isBefore(asOf))) {
        asOf = order.asOf();
      }
    }
    if (source == TicketContext.Source.UNAVAILABLE) {
      asOf = null;
    }
    return new TicketContext(customer.value(), order == null ? null : order.value(), source, asOf);
  }
}
