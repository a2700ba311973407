package io.vitrina.support.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.platform.report.Report;
import io.vitrina.platform.report.ReportRepository;
import io.vitrina.platform.report.ReportService;
import io.vitrina.platform.report.ReportStatus;
import io.vitrina.support.report.domain.ReportPeriod;
import io.vitrina.support.report.domain.TicketTimesByAgentReport;
import io.vitrina.support.report.domain.TicketTimesByTypeReport;
import io.vitrina.support.report.domain.TicketVolumeReport;
import io.vitrina.support.ticket.domain.Caller;
import io.vitrina.support.ticket.domain.Ticket;
import io.vitrina.support.ticket.domain.TicketPriority;
import io.vitrina.support.ticket.domain.TicketService;
import io.vitrina.support.ticket.domain.TicketStatus;
import io.vitrina.support.ticket.domain.TicketType;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The support reports built off the real queue by the running support-service's message-driven
 * bean, over real tickets: opened and assigned through the ticket service, then moved to a day of
 * their own far from today (by SQL, the only way to give them exact times), so that the report of
 * that day holds exactly these tickets and its figures are known to the second.
 */
@ExtendWith(ArquillianExtension.class)
class SupportReportArquillianIT {

  private static final long WAIT_MS = 90_000;

  @Deployment
  static WebArchive deployment() {
    return Deployments.supportService(SupportReportArquillianIT.class);
  }

  @Inject TicketService tickets;
  @Inject ReportService reports;
  @Inject ReportRepository repository;
  @Inject UserTransaction transaction;

  @Resource(lookup = "jdbc/vitrina")
  DataSource dataSource;

  /** A day in the last century no other test uses: its tickets are this test's alone. */
  private static LocalDate unusedDay() {
    return LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(18_000));
  }

  private Ticket open(TicketType type, String agentId) {
    Ticket ticket =
        tickets.open(
            Caller.customer(Fixtures.customerId()),
            new Ticket.Draft(
                type, "Report " + type, "Body", null, null, TicketPriority.NORMAL, null));
    if (agentId != null) {
      tickets.update(
          Caller.agent(agentId),
          ticket.id(),
          new TicketService.Update(TicketStatus.IN_PROGRESS, null, agentId, false),
          ticket.version());
    }
    return ticket;
  }

  /** Gives a ticket exact times: opened at {@code opened}, answered and resolved seconds later. */
  private void setTimes(
      Ticket ticket, LocalDateTime opened, Integer respondedAfter, Integer resolvedAfter)
      throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE tickets SET opened_at = ?, first_responded_at = ?, resolved_at = ?,"
                    + " status = ? WHERE id = ?")) {
      update.setObject(1, opened);
      update.setObject(2, respondedAfter == null ? null : opened.plusSeconds(respondedAfter));
      update.setObject(3, resolvedAfter == null ? null : opened.plusSeconds(resolvedAfter));
      update.setString(4, resolvedAfter == null ? "IN_PROGRESS" : "RESOLVED");
      update.setString(5, ticket.id());
      assertEquals(1, update.executeUpdate());
    }
  }

  private Report read(String id) throws Exception {
    transaction.begin();
    try {
      return repository.find(id).orElseThrow();
    } finally {
      transaction.commit();
    }
  }

  private String build(String kind, LocalDate day) throws Exception {
    String requester = "arquillian-" + UUID.randomUUID();
    ReportService.Outcome outcome =
        reports.request(kind, new ReportPeriod(day, day).toJson(), requester);
    assertTrue(outcome.created());
    long deadline = System.currentTimeMillis() + WAIT_MS;
    Report report = read(outcome.report().id());
    while (report.status().isPending() && System.currentTimeMillis() < deadline) {
      Thread.sleep(250);
      report = read(report.id());
    }
    assertEquals(ReportStatus.DONE, report.status(), () -> "the report did not finish DONE");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int seq = 0; seq < report.chunkCount(); seq++) {
      bytes.writeBytes(reports.chunk(report.id(), seq).orElseThrow());
    }
    assertEquals(report.contentBytes(), (long) bytes.size());
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void shouldBuildTheVolumeAndTimesOfADaysTicketsOffTheQueue() throws Exception {
    LocalDate day = unusedDay();
    LocalDateTime morning = day.atTime(9, 0);
    String agent = "agent-" + UUID.randomUUID();
    setTimes(open(TicketType.INQUIRY, agent), morning, 60, 3600);
    setTimes(open(TicketType.INQUIRY, agent), morning.plusMinutes(5), 120, null);
    setTimes(open(TicketType.COMPLAINT, null), morning.plusMinutes(10), null, null);
    // The next day: outside the report.
    setTimes(open(TicketType.FEEDBACK, agent), day.plusDays(1).atStartOfDay(), 5, 5);

    assertEquals(
        "type,opened,resolved,unresolved\r\n"
            + "INQUIRY,2,1,1\r\n"
            + "RETURN,0,0,0\r\n"
            + "COMPLAINT,1,0,1\r\n"
            + "FEEDBACK,0,0,0\r\n",
        build(TicketVolumeReport.KIND, day));

    String header =
        "tickets,responded,first_response_avg_seconds,first_response_median_seconds,"
            + "first_response_p90_seconds,resolved,resolution_avg_seconds,"
            + "resolution_median_seconds,resolution_p90_seconds\r\n";
    assertEquals(
        "type,"
            + header
            + "INQUIRY,2,2,90,90,120,1,3600,3600,3600\r\n"
            + "RETURN,0,0,,,,0,,,\r\n"
            + "COMPLAINT,1,0,,,,0,,,\r\n"
            + "FEEDBACK,0,0,,,,0,,,\r\n",
        build(TicketTimesByTypeReport.KIND, day));

    assertEquals(
        List.of(
            "agent," + header.strip(),
            agent + ",2,2,90,90,120,1,3600,3600,3600",
            "unassigned,1,0,,,,0,,,"),
        List.of(build(TicketTimesByAgentReport.KIND, day).split("\r\n")));
  }
}
