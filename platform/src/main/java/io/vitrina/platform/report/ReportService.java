package io.vitrina.platform.report;

import io.vitrina.platform.problem.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Optional;

/**
 * Requests reports and reads them for their callers. A report is visible only to who requested it
 * and to admins; to anyone else it does not exist.
 */
@ApplicationScoped
public class ReportService {

  @Inject ReportLifecycle lifecycle;
  @Inject ReportRepository reports;
  @Inject ReportMetrics metrics;

  /** A report and whether this call queued it (false: an identical one was already pending). */
  public record Outcome(Report report, boolean created) {}

  /**
   * Queues a report, unless the same caller already has the same kind with the same parameters
   * QUEUED or RUNNING: then that one is the answer, and nothing is built twice.
   *
   * @param parameters the kind's parameters as canonical JSON
   * @throws io.vitrina.platform.problem.InvalidInputException when the parameters cannot be built
   *     from
   */
  public Outcome request(String kind, String parameters, String requestedBy) {
    Optional<Report> existing = lifecycle.pending(kind, parameters, requestedBy);
    if (existing.isPresent()) {
      return new Outcome(existing.get(), false);
    }
    try {
      Report report = lifecycle.queue(kind, parameters, requestedBy);
      metrics.requested(kind);
      return new Outcome(report, true);
    } catch (RuntimeException e) {
      if (Problems.cause(e, SQLIntegrityConstraintViolationException.class).isEmpty()) {
        throw e;
      }
      // An identical request committed between the look-up and the insert: it is the answer.
      return lifecycle
          .pending(kind, parameters, requestedBy)
          .map(report -> new Outcome(report, false))
          .orElseThrow(() -> e);
    }
  }

  @Transactional
  public Optional<Report> find(String id, Caller caller) {
    return reports.find(id).filter(caller::mayRead);
  }

  /**
   * A DONE report whose content the caller may download; empty when there is no such report for
   * them.
   *
   * @throws ReportNotReadyException when the report has no content (yet)
   */
  @Transactional
  public Optional<Report> content(String id, Caller caller) {
    Optional<Report> found = reports.find(id).filter(caller::mayRead);
    if (found.isPresent() && !found.get().isDone()) {
      throw new ReportNotReadyException(found.get());
    }
    return found;
  }

  /** One chunk of a report's content, in a short transaction of its own. */
  @Transactional
  public Optional<byte[]> chunk(String reportId, int seq) {
    return reports.chunk(reportId, seq);
  }
}
