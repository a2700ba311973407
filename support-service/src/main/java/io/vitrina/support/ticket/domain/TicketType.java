package io.vitrina.support.ticket.domain;

/** What a ticket is about. A RETURN carries an order and the lines to send back. */
public enum TicketType {
  INQUIRY,
  RETURN,
  COMPLAINT,
  FEEDBACK
}
