package io.vitrina.support.ticket.domain;

/**
 * Who is asking, as the service needs to know it: their user id (the token's {@code sub}) and
 * whether they act as an agent (support-agent or admin) or as a customer who sees only their own
 * tickets.
 */
public record Caller(String id, boolean agent) {

  public static Caller customer(String id) {
    return new Caller(id, false);
  }

  public static Caller agent(String id) {
    return new Caller(id, true);
  }

  /** Whether this caller may see the ticket at all; to anyone else it does not exist. */
  public boolean maySee(Ticket ticket) {
    return agent || ticket.customerId().equals(id);
  }
}
