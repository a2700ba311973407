package io.vitrina.platform.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.vitrina.platform.problem.ProblemException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ReportServiceTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final String PARAMETERS =
      "{\"from\":\"2026-01-01\",\"groupBy\":\"day\",\"to\":\"2026-01-31\"}";
  private static final Caller OWNER = new Caller("owner", false);

  @Mock ReportRepository repository;
  @Mock ReportLifecycle lifecycle;
  @Mock ReportMetrics metrics;

  private final ReportService service = new ReportService();

  @BeforeEach
  void wire() {
    service.reports = repository;
    service.lifecycle = lifecycle;
    service.metrics = metrics;
  }

  private static Report report() {
    return Report.queue("sales", PARAMETERS, "owner", NOW);
  }

  @Test
  void shouldRefuseContentOfAQueuedOrRunningReportWithRetryAfter() {
    Report report = report();
    when(repository.find(report.id())).thenReturn(Optional.of(report));
    ProblemException queued =
        assertThrows(ProblemException.class, () -> service.content(report.id(), OWNER));
    assertEquals(409, queued.status());
    assertTrue(queued.detail().contains("QUEUED"));
    assertEquals("2", queued.headers().get("Retry-After"));

    report.start(NOW);
    ProblemException running =
        assertThrows(ProblemException.class, () -> service.content(report.id(), OWNER));
    assertEquals(409, running.status());
    assertTrue(running.detail().contains("RUNNING"));
  }

  @Test
  void shouldRefuseContentOfAFailedReportWithoutRetryAfter() {
    Report report = report();
    report.start(NOW);
    report.fail("The report could not be built (error id 42).", NOW);
    when(repository.find(report.id())).thenReturn(Optional.of(report));
    ProblemException failed =
        assertThrows(ProblemException.class, () -> service.content(report.id(), OWNER));
    assertEquals(409, failed.status());
    assertTrue(failed.detail().contains("error id 42"));
    assertFalse(failed.headers().containsKey("Retry-After"));
  }

  @Test
  void shouldGiveContentOfADoneReportToItsRequesterAndAdmins() {
    Report report = report();
    report.start(NOW);
    report.complete(2, 50, 1, "sales.csv", NOW);
    when(repository.find(report.id())).thenReturn(Optional.of(report));
    assertSame(report, service.content(report.id(), OWNER).orElseThrow());
    assertSame(report, service.content(report.id(), new Caller("admin", true)).orElseThrow());
  }

  @Test
  void shouldHideAReportFromEveryoneElseEvenBeforeItIsDone() {
    Report report = report();
    when(repository.find(report.id())).thenReturn(Optional.of(report));
    Caller stranger = new Caller("stranger", false);
    assertTrue(service.find(report.id(), stranger).isEmpty());
    assertTrue(service.content(report.id(), stranger).isEmpty());
  }

  @Test
  void shouldAnswerAnIdenticalPendingRequestWithTheExistingReport() {
    Report existing = report();
    when(lifecycle.pending("sales", PARAMETERS, "owner")).thenReturn(Optional.of(existing));
    ReportService.Outcome outcome = service.request("sales", PARAMETERS, "owner");
    assertSame(existing, outcome.report());
    assertFalse(outcome.created());
    verify(lifecycle, never()).queue(any(), any(), any());
    verify(metrics, never()).requested(any());
  }

  @Test
  void shouldQueueANewReportAndCountIt() {
    Report queued = report();
    when(lifecycle.pending("sales", PARAMETERS, "owner")).thenReturn(Optional.empty());
    when(lifecycle.queue("sales", PARAMETERS, "owner")).thenReturn(queued);
    ReportService.Outcome outcome = service.request("sales", PARAMETERS, "owner");
    assertSame(queued, outcome.report());
    assertTrue(outcome.created());
    verify(metrics).requested("sales");
  }

  @Test
  void shouldAnswerWithTheWinnerWhenAnIdenticalRequestCommittedFirst() {
    Report winner = report();
    when(lifecycle.pending("sales", PARAMETERS, "owner"))
        .thenReturn(Optional.empty())
        .thenReturn(Optional.of(winner));
    when(lifecycle.queue("sales", PARAMETERS, "owner"))
        .thenThrow(
            new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry")));
    ReportService.Outcome outcome = service.request("sales", PARAMETERS, "owner");
    assertSame(winner, outcome.report());
    assertFalse(outcome.created());
  }
}
