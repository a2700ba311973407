package io.vitrina.support.report.domain;

import io.vitrina.platform.report.CsvWriter;
import io.vitrina.platform.report.ReportBuilder;
import io.vitrina.support.ticket.domain.TicketType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The response-time reports over the tickets opened in a period, one row per group (ticket type, or
 * agent): how many tickets, then for the first response and for the resolution how many have one
 * and the average, median and 90th percentile of the time from opening to it, in seconds (see
 * {@link DurationStats}). A time nobody reached yet is not counted; a group without one has empty
 * cells. Only the times are kept in memory, one {@code long} each.
 */
public abstract class TicketTimesReport implements ReportBuilder {

  /** Where a ticket without an agent is counted in the report by agent. */
  public static final String UNASSIGNED = "unassigned";

  /** The columns after the group's. */
  public static final List<String> COLUMNS =
      List.of(
          "tickets",
          "responded",
          "first_response_avg_seconds",
          "first_response_median_seconds",
          "first_response_p90_seconds",
          "resolved",
          "resolution_avg_seconds",
          "resolution_median_seconds",
          "resolution_p90_seconds");

  private final String groupColumn;
  private final Function<TicketTiming, String> groupOf;

  protected TicketTimesReport(String groupColumn, Function<TicketTiming, String> groupOf) {
    this.groupColumn = groupColumn;
    this.groupOf = groupOf;
  }

  /** Where the tickets come from. */
  protected abstract TicketTimings tickets();

  /** The groups that have a row even without tickets. */
  protected List<String> fixedGroups() {
    return List.of();
  }

  /** The header: the group's column, then {@link #COLUMNS}. */
  public List<String> header() {
    List<String> header = new ArrayList<>();
    header.add(groupColumn);
    header.addAll(COLUMNS);
    return header;
  }

  @Override
  public void validate(String parameters) {
    ReportPeriod.fromJson(parameters).check();
  }

  @Override
  public long write(String parameters, CsvWriter csv) throws IOException {
    ReportPeriod period = ReportPeriod.fromJson(parameters);
    Map<String, Group> groups = new TreeMap<>(this::compareGroups);
    for (String group : fixedGroups()) {
      groups.put(group, new Group());
    }
    TicketPages.forEach(
        tickets(),
        period,
        ticket -> groups.computeIfAbsent(groupOf.apply(ticket), g -> new Group()).add(ticket));
    csv.row(header());
    for (Map.Entry<String, Group> row : groups.entrySet()) {
      Group group = row.getValue();
      csv.row(
          row.getKey(),
          group.tickets,
          group.firstResponse.count(),
          group.firstResponse.average(),
          group.firstResponse.median(),
          group.firstResponse.p90(),
          group.resolution.count(),
          group.resolution.average(),
          group.resolution.median(),
          group.resolution.p90());
    }
    return groups.size();
  }

  /** The order of the rows. */
  protected int compareGroups(String a, String b) {
    return a.compareTo(b);
  }

  private static final class Group {
    long tickets;
    final DurationStats firstResponse = new DurationStats();
    final DurationStats resolution = new DurationStats();

    void add(TicketTiming ticket) {
      tickets++;
      ticket.firstResponse().ifPresent(firstResponse::add);
      ticket.resolution().ifPresent(resolution::add);
    }
  }

  /** Order of the ticket types as declared, unknown names after them. */
  static int typeOrder(String a, String b) {
    int byType = Integer.compare(typeIndex(a), typeIndex(b));
    return byType != 0 ? byType : a.compareTo(b);
  }

  private static int typeIndex(String name) {
    for (TicketType type : TicketType.values()) {
      if (type.name().equals(name)) {
        return type.ordinal();
      }
    }
    return TicketType.values().length;
  }
}
