package io.vitrina.support.report.domain;

import io.vitrina.support.ticket.domain.TicketType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;

/** First-response and resolution times per ticket type, every type listed in declared order. */
@ApplicationScoped
public class TicketTimesByTypeReport extends TicketTimesReport {

  /** The kind's name on the wire and in the database. */
  public static final String KIND = "ticket-times-by-type";

  @Inject TicketTimings tickets;

  public TicketTimesByTypeReport() {
    super("type", TicketTiming::type);
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
  protected List<String> fixedGroups() {
    return Arrays.stream(TicketType.values()).map(TicketType::name).toList();
  }

  @Override
  protected int compareGroups(String a, String b) {
    return typeOrder(a, b);
  }
}
