package io.vitrina.support.ticket.domain;

import java.util.Locale;

/** How urgent a ticket is; each priority has its own SLA targets. */
public enum TicketPriority {
  LOW,
  NORMAL,
  HIGH,
  URGENT;

  /** The priority's name in configuration keys: {@code vitrina.sla.<key>.first-response}. */
  public String configKey() {
    return name().toLowerCase(Locale.ROOT);
  }
}
