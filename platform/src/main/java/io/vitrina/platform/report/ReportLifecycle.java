package io.vitrina.platform.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Every change of a report, each in a transaction of its own. The worker's steps start new
 * transactions on purpose: RUNNING must be visible while the build runs, and a failed build must
 * leave its reason behind although the build's own transaction rolls back.
 */
@ApplicationScoped
public class ReportLifecycle {

  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  @Inject ReportRepository reports;
  @Inject ReportQueue queue;
  @Inject ReportBuilders builders;
  @Inject Clock clock;

  /**
   * Checks the parameters, stores a QUEUED report and puts it on the queue: both or neither.
   *
   * @throws io.vitrina.platform.problem.InvalidInputException when the parameters cannot be built
   *     from
   */
  @Transactional
  public Report queue(String kind, String parameters, String requestedBy) {
    builders.of(kind).validate(parameters);
    Report report = Report.queue(kind, parameters, requestedBy, clock.instant());
    reports.add(report);
    queue.enqueue(report);
    return report;
  }

  @Transactional
  public Optional<Report> pending(String kind, String parameters, String requestedBy) {
    return reports.findPending(Report.pendingKey(kind, parameters, requestedBy));
  }

  /** Marks the report RUNNING; empty when it is unknown or has already finished. */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<Report> start(String id) {
    return reports.findForUpdate(id).filter(report -> report.start(clock.instant()));
  }

  /**
   * Builds the report, stores its content and marks it DONE, in one transaction: a failure leaves
   * no partial content behind.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public Report build(String id) {
    Report report =
        reports
            .findForUpdate(id)
            .orElseThrow(() -> new IllegalStateException("Report " + id + " has disappeared"));
    ReportBuilder builder = builders.of(report.kind());
    ChunkedOutput content =
        new ChunkedOutput(
            ReportChunk.MAX_BYTES, (seq, data) -> reports.addChunk(new ReportChunk(id, seq, data)));
    long rows;
    try (CsvWriter csv =
        new CsvWriter(
            new BufferedWriter(new OutputStreamWriter(content, StandardCharsets.UTF_8)))) {
      rows = builder.write(report.parameters(), csv);
    } catch (IOException e) {
      // Unchecked, so that the transaction rolls back.
      throw new UncheckedIOException("Report " + id + " could not be written", e);
    }
    report.complete(rows, content.bytes(), content.chunks(), fileName(report), clock.instant());
    return report;
  }

  /** A failed build that will be tried again: back to QUEUED with the reason. */
  @Transactional(TxType.REQUIRES_NEW)
  public void retryLater(String id, String reason) {
    reports
        .findForUpdate(id)
        .filter(report -> report.status() == ReportStatus.RUNNING)
        .ifPresent(report -> report.retryLater(reason));
  }

  /** Gives the report up; empty when it is unknown or had already finished. */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<Report> fail(String id, String reason) {
    return reports.findForUpdate(id).filter(report -> report.fail(reason, clock.instant()));
  }

  @Transactional
  public List<String> requestedBefore(Instant before, int limit) {
    return reports.requestedBefore(before, limit);
  }

  @Transactional
  public List<String> pendingSince(Instant before, int limit) {
    return reports.pendingSince(before, limit);
  }

  @Transactional(TxType.REQUIRES_NEW)
  public boolean delete(String id) {
    return reports.delete(id);
  }

  static String fileName(Report report) {
    return report.kind() + "-" + FILE_TIME.format(report.requestedAt()) + ".csv";
  }
}
