package io.vitrina.support.ticket.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The orders of the queue. DUE puts first the ticket whose next SLA target falls due first: the
 * first response while it is owed, else the resolution. Every order breaks ties by id.
 */
public enum TicketSort {
  DUE("due"),
  OPENED("opened"),
  OPENED_DESC("-opened"),
  UPDATED("updated"),
  UPDATED_DESC("-updated");

  private final String parameter;

  TicketSort(String parameter) {
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }

  public static Optional<TicketSort> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String wanted = value.strip().toLowerCase(Locale.ROOT);
    for (TicketSort sort : values()) {
      if (sort.parameter.equals(wanted)) {
        return Optional.of(sort);
      }
    }
    return Optional.empty();
  }
}
