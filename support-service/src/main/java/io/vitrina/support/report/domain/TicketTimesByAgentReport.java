package io.vitrina.support.report.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * First-response and resolution times per agent (the user id a ticket is assigned to now), agents
 * in order of id, then the tickets of nobody as {@value #UNASSIGNED}.
 */
@ApplicationScoped
public class TicketTimesByAgentReport extends TicketTimesReport {

  /** The kind's name on the wire and in the database. */
  public static final String KIND = "ticket-times-by-agent";

  @Inject TicketTimings tickets;

  public TicketTimesByAgentReport() {
    super("agent", ticket -> ticket.assigneeId() == null ? UNASSIGNED : ticket.assigneeId());
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  protected TicketTimings tickets() {
    return tickets;
  }

  @Override
  protected int compareGroups(String a, String b) {
    // Nobody's tickets last, whatever the agents' ids.
    boolean aNobody = UNASSIGNED.equals(a);
    boolean bNobody = UNASSIGNED.equals(b);
    if (aNobody || bNobody) {
      return Boolean.compare(aNobody, bNobody);
    }
    return a.compareTo(b);
  }
}
