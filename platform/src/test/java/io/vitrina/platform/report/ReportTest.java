package io.vitrina.platform.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The report's state machine: QUEUED → RUNNING → DONE | FAILED, and back to QUEUED to retry. */
class ReportTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final Instant T1 = T0.plusSeconds(5);
  private static final Instant T2 = T0.plusSeconds(9);

  private static Report queued() {
    return Report.queue(
        "sales",
        "{\"from\":\"2026-01-01\",\"groupBy\":\"day\",\"to\":\"2026-01-31\"}",
        "user-1",
        T0);
  }

  @Test
  void shouldStartQueuedWithAPendingKey() {
    Report report = queued();
    assertEquals(ReportStatus.QUEUED, report.status());
    assertEquals(T0, report.requestedAt());
    assertEquals(0, report.attempts());
    assertNotNull(report.pendingKey());
    assertFalse(report.isDone());
  }

  @Test
  void shouldRunThenFinishDoneAndReleaseThePendingKey() {
    Report report = queued();
    assertTrue(report.start(T1));
    assertEquals(ReportStatus.RUNNING, report.status());
    assertEquals(1, report.attempts());
    report.complete(3, 120, 1, "sales.csv", T2);
    assertEquals(ReportStatus.DONE, report.status());
    assertTrue(report.isDone());
    assertEquals(3L, report.rows());
    assertEquals(120L, report.contentBytes());
    assertEquals(T2, report.finishedAt());
    assertNull(report.pendingKey());
  }

  @Test
  void shouldIgnoreAStartOfAFinishedReport() {
    Report done = queued();
    done.start(T1);
    done.complete(1, 10, 1, "f.csv", T2);
    assertFalse(done.start(T2.plusSeconds(1)));
    assertEquals(ReportStatus.DONE, done.status());
    assertEquals(1, done.attempts());

    Report failed = queued();
    failed.start(T1);
    assertTrue(failed.fail("broken", T2));
    assertFalse(failed.start(T2.plusSeconds(1)));
    assertEquals(ReportStatus.FAILED, failed.status());
  }

  @Test
  void shouldRestartARunningReportWhoseWorkerDied() {
    Report report = queued();
    report.start(T1);
    assertTrue(report.start(T2));
    assertEquals(2, report.attempts());
    assertEquals(T2, report.startedAt());
  }

  @Test
  void shouldGoBackToQueuedWithTheReasonWhenRetried() {
    Report report = queued();
    report.start(T1);
    report.retryLater("error id 1");
    assertEquals(ReportStatus.QUEUED, report.status());
    assertEquals("error id 1", report.failureReason());
    assertNotNull(report.pendingKey());
    report.start(T2);
    assertNull(report.failureReason());
  }

  @Test
  void shouldFailForGoodAndKeepAFinishedReportAsItIs() {
    Report report = queued();
    report.start(T1);
    assertTrue(report.fail("error id 2", T2));
    assertEquals(ReportStatus.FAILED, report.status());
    assertEquals("error id 2", report.failureReason());
    assertEquals(T2, report.finishedAt());
    assertNull(report.pendingKey());
    assertFalse(report.fail("again", T2.plusSeconds(1)));
    assertEquals("error id 2", report.failureReason());
  }

  @Test
  void shouldRefuseToCompleteOrRetryAReportThatIsNotRunning() {
    Report report = queued();
    assertThrows(IllegalStateException.class, () -> report.complete(1, 1, 1, "f.csv", T1));
    assertThrows(IllegalStateException.class, () -> report.retryLater("x"));
    report.start(T1);
    report.complete(1, 1, 1, "f.csv", T2);
    assertThrows(IllegalStateException.class, () -> report.complete(1, 1, 1, "f.csv", T2));
    assertThrows(IllegalStateException.class, () -> report.retryLater("x"));
  }

  @Test
  void shouldTruncateLongReasons() {
    Report report = queued();
    report.start(T1);
    report.fail("x".repeat(2000), T2);
    assertEquals(Report.MAX_REASON, report.failureReason().length());
  }

  @Test
  void shouldShareThePendingKeyOnlyBetweenIdenticalRequests() {
    String key = Report.pendingKey("sales", "{}", "user-1");
    assertEquals(key, Report.pendingKey("sales", "{}", "user-1"));
    assertNotEquals(key, Report.pendingKey("sales", "{}", "user-2"));
    assertNotEquals(key, Report.pendingKey("sales", "{\"a\":1}", "user-1"));
    assertEquals(64, key.length());
  }

  @Test
  void shouldLetTheRequesterAndAdminsReadAReport() {
    Report report = queued();
    assertTrue(new Caller("user-1", false).mayRead(report));
    assertTrue(new Caller("someone-else", true).mayRead(report));
    assertFalse(new Caller("user-2", false).mayRead(report));
  }
}
