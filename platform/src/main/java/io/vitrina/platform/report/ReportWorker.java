package io.vitrina.platform.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the report a queue message names. Idempotent: a message for an unknown, DONE or FAILED
 * report does nothing, so a redelivery is harmless. A failed build is rethrown, so that the broker
 * delivers the message again; the last delivery marks the report FAILED before the broker moves the
 * message to its dead-letter address.
 */
@ApplicationScoped
public class ReportWorker {

  private static final Logger LOG = Logger.getLogger(ReportWorker.class.getName());

  @Inject ReportLifecycle lifecycle;
  @Inject ReportMetrics metrics;

  /** Must equal the broker's max-delivery-attempts for the reports queue. */
  @Inject
  @ConfigProperty(name = "vitrina.reports.max-deliveries", defaultValue = "5")
  int maxDeliveries;

  /**
   * Builds a report.
   *
   * @param delivery which delivery of the message this is, from 1
   * @throws ReportBuildException when the build failed: the caller lets the broker redeliver
   */
  public void process(String reportId, int delivery) {
    Optional<Report> started = lifecycle.start(reportId);
    if (started.isEmpty()) {
      LOG.info(() -> "Report " + reportId + " is unknown or finished; its message is done with");
      return;
    }
    String kind = started.get().kind();
    long begin = System.nanoTime();
    try {
      Report done = lifecycle.build(reportId);
      metrics.completed(kind, Duration.ofNanos(System.nanoTime() - begin));
      LOG.info(() -> "Report " + reportId + " is DONE with " + done.rows() + " row(s)");
    } catch (RuntimeException e) {
      // The reason is for the requester: an id to quote, never the internals.
      String errorId = UUID.randomUUID().toString().replace("-", "");
      boolean last = delivery >= maxDeliveries;
      LOG.log(
          last ? Level.SEVERE : Level.WARNING,
          "Report "
              + reportId
              + " failed on delivery "
              + delivery
              + " of "
              + maxDeliveries
              + ", error id "
              + errorId,
          e);
      String reason = "The report could not be built (error id " + errorId + ").";
      if (last) {
        lifecycle.fail(reportId, reason).ifPresent(report -> metrics.failed(kind));
      } else {
        lifecycle.retryLater(reportId, reason + " It will be tried again.");
      }
      throw new ReportBuildException(reportId, e);
    }
  }
}
