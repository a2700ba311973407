package io.vitrina.support.context.domain;

import java.time.Instant;

/**
 * What a ticket's reader sees of its customer and order. {@code source} is the weakest of the parts
 * asked for: {@code live} when every part came from its service now, {@code snapshot} when one came
 * from the read model, {@code unavailable} when one could be had from neither. {@code asOf} is when
 * the oldest part was true (null when unavailable).
 */
public record TicketContext(CustomerCard customer, OrderFacts order, Source source, Instant asOf) {

  /** Where a part of the context came from, strongest first. */
  public enum Source {
    LIVE,
    SNAPSHOT,
    UNAVAILABLE
  }
}
