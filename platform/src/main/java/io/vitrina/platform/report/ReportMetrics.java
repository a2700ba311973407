package io.vitrina.platform.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The business metrics of reports on the application registry, each tagged with the report's {@code
 * kind}: {@code reports.requested} (new reports queued; a repeated pending request is not counted),
 * {@code reports.completed}, {@code reports.failed} (given up, after the last attempt or
 * abandoned), and the timer {@code reports.build} (how long a successful build took). Looked up at
 * each use, like every metric of the services (so that nothing holds a metric the registry has
 * since removed).
 */
@ApplicationScoped
public class ReportMetrics {

  @Inject MetricRegistry registry;

  public void requested(String kind) {
    registry.counter("reports.requested", tag(kind)).inc();
  }

  public void completed(String kind, Duration took) {
    registry.counter("reports.completed", tag(kind)).inc();
    registry.timer("reports.build", tag(kind)).update(took);
  }

  public void failed(String kind) {
    registry.counter("reports.failed", tag(kind)).inc();
  }

  private static Tag tag(String kind) {
    return new Tag("kind", kind);
  }
}
