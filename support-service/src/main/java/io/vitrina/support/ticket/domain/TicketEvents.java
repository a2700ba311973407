package io.vitrina.support.ticket.domain;

import java.util.List;

/**
 * The port through which tickets announce what happened, inside the transaction of the change.
 * Nothing an event carries may reveal an internal note: not its text, not that it exists.
 */
public interface TicketEvents {

  void opened(Ticket ticket);

  /**
   * The ticket changed.
   *
   * @param changes the names of what changed: status, priority, assignee, messages, return
   */
  void updated(Ticket ticket, List<String> changes);

  void returnApproved(Ticket ticket);
}
