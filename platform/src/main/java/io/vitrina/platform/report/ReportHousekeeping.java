package io.vitrina.platform.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes reports older than the retention, and gives up reports that stayed pending far longer
 * than any build takes (their message was lost or dead-lettered while the report was QUEUED). Safe
 * on every replica at once: each step re-reads its report under a lock, or deletes what may already
 * be gone.
 */
@ApplicationScoped
public class ReportHousekeeping {

  private static final Logger LOG = Logger.getLogger(ReportHousekeeping.class.getName());

  /** An upper bound on one run, whatever the backlog: the next run continues. */
  private static final int MAX_BATCHES = 20;

  @Inject ReportLifecycle lifecycle;
  @Inject ReportMetrics metrics;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "vitrina.reports.retention", defaultValue = "P7D")
  Duration retention;

  @Inject
  @ConfigProperty(name = "vitrina.reports.abandon-after", defaultValue = "PT1H")
  Duration abandonAfter;

  @Inject
  @ConfigProperty(name = "vitrina.reports.housekeeping-batch", defaultValue = "100")
  int batch;

  /** Deletes reports requested longer than the retention ago; how many it deleted. */
  public int purgeExpired() {
    int deleted = 0;
    for (int round = 0; round < MAX_BATCHES; round++) {
      List<String> expired = lifecycle.requestedBefore(clock.instant().minus(retention), batch);
      for (String id : expired) {
        try {
          if (lifecycle.delete(id)) {
            deleted++;
          }
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Could not delete expired report " + id, e);
        }
      }
      if (expired.size() < batch) {
        break;
      }
    }
    if (deleted > 0) {
      int count = deleted;
      LOG.info(() -> "Deleted " + count + " report(s) older than " + retention);
    }
    return deleted;
  }

  /** Marks FAILED what has been pending for longer than it may; how many it gave up. */
  public int abandonStale() {
    int abandoned = 0;
    List<String> stale = lifecycle.pendingSince(clock.instant().minus(abandonAfter), batch);
    for (String id : stale) {
      try {
        var failed =
            lifecycle.fail(
                id, "The report was not built within " + abandonAfter + "; request a new one.");
        if (failed.isPresent()) {
          metrics.failed(failed.get().kind());
          abandoned++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not give up stale report " + id, e);
      }
    }
    if (abandoned > 0) {
      int count = abandoned;
      LOG.warning(() -> "Gave up " + count + " report(s) pending for longer than " + abandonAfter);
    }
    return abandoned;
  }
}
