package io.vitrina.support.ticket.api;

import io.vitrina.support.ticket.domain.TicketChange;
import java.time.Instant;

/** One entry of a ticket's history. */
public record ChangeView(
    String actorId, Instant changedAt, String field, String oldValue, String newValue) {

  static ChangeView of(TicketChange change) {
    return new ChangeView(
        change.actorId(), change.changedAt(), change.field(), change.oldValue(), change.newValue());
  }
}
