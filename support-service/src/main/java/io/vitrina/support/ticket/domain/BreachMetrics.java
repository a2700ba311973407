package io.vitrina.support.ticket.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The business metrics of support, on the application registry:
 *
 * <ul>
 *   <li>{@code tickets.sla.breaches} (counter), tagged {@code kind=first-response|resolution}: each
 *       breach once, when the schedule first sees it;
 *   <li>{@code tickets.sla.breached.open} (gauge), tagged the same: active tickets breached now, as
 *       of the schedule's last run;
 *   <li>{@code tickets.attachments} (counter), tagged {@code outcome=ok|too-large|unsupported|
 *       too-many}.
 * </ul>
 *
 * Registered on use, so that a second deployment of the code cannot take them away.
 */
@ApplicationScoped
public class BreachMetrics {

  public static final String FIRST_RESPONSE = "first-response";
  public static final String RESOLUTION = "resolution";

  @Inject MetricRegistry registry;

  private final AtomicLong openFirstResponseBreached = new AtomicLong();
  private final AtomicLong openResolutionBreached = new AtomicLong();

  public void breaches(String kind, long count) {
    if (count > 0) {
      registry.counter("tickets.sla.breaches", new Tag("kind", kind)).inc(count);
    }
  }

  /** The active breached tickets per kind, as just counted. */
  public void openBreached(long firstResponse, long resolution) {
    openFirstResponseBreached.set(firstResponse);
    openResolutionBreached.set(resolution);
    registry.gauge(
        "tickets.sla.breached.open",
        openFirstResponseBreached::get,
        new Tag("kind", FIRST_RESPONSE));
    registry.gauge(
        "tickets.sla.breached.open", openResolutionBreached::get, new Tag("kind", RESOLUTION));
  }

  /** The active breached tickets of a kind, as of the last count. */
  public long openBreached(String kind) {
    return FIRST_RESPONSE.equals(kind)
        ? openFirstResponseBreached.get()
        : openResolutionBreached.get();
  }

  public void attachmentAccepted() {
    attachment("ok");
  }

  public void attachmentRefused(String reason) {
    attachment(reason);
  }

  private void attachment(String outcome) {
    registry.counter("tickets.attachments", new Tag("outcome", outcome)).inc();
  }
}
