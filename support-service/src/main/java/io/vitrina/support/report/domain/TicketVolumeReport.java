package io.vitrina.support.report.domain;

import io.vitrina.platform.report.CsvWriter;
import io.vitrina.platform.report.ReportBuilder;
import io.vitrina.support.ticket.domain.TicketType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ticket volume report: per ticket type (every type, also those with no ticket), how many
 * tickets were opened in the period, how many of them are resolved now, and how many are not.
 */
@ApplicationScoped
public class TicketVolumeReport implements ReportBuilder {

  /** The kind's name on the wire and in the database. */
  public static final String KIND = "ticket-volume";

  /** The columns, in order. */
  public static final List<String> HEADER = List.of("type", "opened", "resolved", "unresolved");

  @Inject TicketTimings tickets;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public void validate(String parameters) {
    ReportPeriod.fromJson(parameters).check();
  }

  @Override
  public long write(String parameters, CsvWriter csv) throws IOException {
    ReportPeriod period = ReportPeriod.fromJson(parameters);
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (TicketType type : TicketType.values()) {
      counts.put(type.name(), new long[2]);
    }
    TicketPages.forEach(
        tickets,
        period,
        ticket -> {
          long[] count = counts.computeIfAbsent(ticket.type(), type -> new long[2]);
          count[0]++;
          if (ticket.resolvedAt() != null) {
            count[1]++;
          }
        });
    csv.row(HEADER);
    for (Map.Entry<String, long[]> row : counts.entrySet()) {
      long[] count = row.getValue();
      csv.row(row.getKey(), count[0], count[1], count[0] - count[1]);
    }
    return counts.size();
  }
}
