package io.vitrina.support.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vitrina.platform.problem.InvalidInputException;
import io.vitrina.platform.report.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The support reports over tickets in memory, paged exactly as the SQL does. */
class SupportReportsTest {

  private static final LocalDateTime T0 = LocalDateTime.parse("2026-05-04T09:00:00");
  private static final String PERIOD =
      new ReportPeriod(LocalDate.parse("2026-05-04"), LocalDate.parse("2026-05-04")).toJson();

  /** Tickets in memory: [start, end) by (opened at, id). */
  private static final class InMemoryTickets implements TicketTimings {
    final List<TicketTiming> all = new ArrayList<>();
    int pages;

    @Override
    public List<TicketTiming> page(
        LocalDateTime start, LocalDateTime end, TicketTiming after, int limit) {
      pages++;
      Comparator<TicketTiming> order =
          Comparator.comparing(TicketTiming::openedAt).thenComparing(TicketTiming::id);
      return all.stream()
          .filter(t -> !t.openedAt().isBefore(start) && t.openedAt().isBefore(end))
          .filter(t -> after == null || order.compare(t, after) > 0)
          .sorted(order)
          .limit(limit)
          .toList();
    }

    void add(
        String type,
        String agent,
        int openedMinute,
        Integer respondSeconds,
        Integer resolveSeconds) {
      LocalDateTime opened = T0.plusMinutes(openedMinute);
      all.add(
          new TicketTiming(
              String.format("t-%05d", all.size()),
              type,
              agent,
              opened,
              respondSeconds == null ? null : opened.plusSeconds(respondSeconds),
              resolveSeconds == null ? null : opened.plusSeconds(resolveSeconds)));
    }
  }

  private static String csv(io.vitrina.platform.report.ReportBuilder report, String parameters)
      throws IOException {
    StringWriter out = new StringWriter();
    long rows = report.write(parameters, new CsvWriter(out));
    String csv = out.toString();
    assertEquals(rows + 1, csv.split("\r\n").length);
    return csv;
  }

  private static InMemoryTickets sample() {
    InMemoryTickets tickets = new InMemoryTickets();
    tickets.add("INQUIRY", "agent-b", 0, 60, 3600);
    tickets.add("INQUIRY", "agent-b", 1, 120, null);
    tickets.add("COMPLAINT", "agent-a", 2, 30, 600);
    tickets.add("COMPLAINT", null, 3, null, null);
    // The day after: outside the period.
    tickets.add("FEEDBACK", "agent-a", 24 * 60, 1, 1);
    return tickets;
  }

  @Test
  void shouldCountTheTicketsOfEveryTypeOpenedInThePeriod() throws IOException {
    TicketVolumeReport report = new TicketVolumeReport();
    report.tickets = sample();
    assertEquals(
        "type,opened,resolved,unresolved\r\n"
            + "INQUIRY,2,1,1\r\n"
            + "RETURN,0,0,0\r\n"
            + "COMPLAINT,2,1,1\r\n"
            + "FEEDBACK,0,0,0\r\n",
        csv(report, PERIOD));
  }

  @Test
  void shouldGiveTheTimesOfEveryTypeWithEmptyCellsWhereNothingWasReached() throws IOException {
    TicketTimesByTypeReport report = new TicketTimesByTypeReport();
    report.tickets = sample();
    assertEquals(
        "type,tickets,responded,first_response_avg_seconds,first_response_median_seconds,"
            + "first_response_p90_seconds,resolved,resolution_avg_seconds,"
            + "resolution_median_seconds,resolution_p90_seconds\r\n"
            + "INQUIRY,2,2,90,90,120,1,3600,3600,3600\r\n"
            + "RETURN,0,0,,,,0,,,\r\n"
            + "COMPLAINT,2,1,30,30,30,1,600,600,600\r\n"
            + "FEEDBACK,0,0,,,,0,,,\r\n",
        csv(report, PERIOD));
  }

  @Test
  void shouldGiveTheTimesOfEveryAgentAndNobodysTicketsLast() throws IOException {
    TicketTimesByAgentReport report = new TicketTimesByAgentReport();
    report.tickets = sample();
    String csv = csv(report, PERIOD);
    assertEquals(
        List.of(
            "agent-a,1,1,30,30,30,1,600,600,600",
            "agent-b,2,2,90,90,120,1,3600,3600,3600",
            "unassigned,1,0,,,,0,,,"),
        List.of(csv.split("\r\n")).subList(1, 4));
  }

  @Test
  void shouldReadEveryPageOfALargePeriod() throws IOException {
    InMemoryTickets tickets = new InMemoryTickets();
    int count = TicketPages.PAGE * 2 + 7;
    for (int i = 0; i < count; i++) {
      tickets.add("FEEDBACK", "agent-z", 0, i, null);
    }
    TicketTimesByAgentReport report = new TicketTimesByAgentReport();
    report.tickets = tickets;
    String csv = csv(report, PERIOD);
    assertEquals(3, tickets.pages);
    // 0 .. 1006 seconds: average 503, median 503, p90 the 907th value.
    assertEquals("agent-z,1007,1007,503,503,906,0,,,", csv.split("\r\n")[1]);
  }

  @Test
  void shouldRefuseAPeriodBackwardsOrLongerThanALeapYear() {
    TicketVolumeReport report = new TicketVolumeReport();
    InvalidInputException backwards =
        assertThrows(
            InvalidInputException.class,
            () ->
                report.validate(
                    new ReportPeriod(LocalDate.parse("2026-05-04"), LocalDate.parse("2026-05-03"))
                        .toJson()));
    assertEquals("to", backwards.violations().get(0).field());
    report.validate(
        new ReportPeriod(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31")).toJson());
    assertThrows(
        InvalidInputException.class,
        () ->
            report.validate(
                new ReportPeriod(LocalDate.parse("2024-01-01"), LocalDate.parse("2025-01-01"))
                    .toJson()));
  }

  @Test
  void shouldReadBackTheCanonicalParameters() {
    ReportPeriod period =
        new ReportPeriod(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31"));
    assertEquals("{\"from\":\"2026-01-01\",\"to\":\"2026-01-31\"}", period.toJson());
    assertEquals(period, ReportPeriod.fromJson(period.toJson()));
    assertThrows(IllegalArgumentException.class, () -> ReportPeriod.fromJson("not json"));
    assertEquals(LocalDateTime.parse("2026-02-01T00:00:00"), period.end());
  }
}
