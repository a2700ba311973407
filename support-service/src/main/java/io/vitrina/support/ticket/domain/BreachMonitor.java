package io.vitrina.support.ticket.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Flags SLA breaches: marks each newly breached ticket once (first response late or overdue,
 * resolution late or overdue), counts those marks, and counts the active tickets breached now. The
 * marks are bulk updates that leave the tickets' versions alone: the schedule is not a change an
 * agent holding the ticket should have to re-read for.
 */
@ApplicationScoped
public class BreachMonitor {

  @Inject TicketRepository tickets;
  @Inject BreachMetrics metrics;
  @Inject Clock clock;

  /** What one run found. */
  public record Run(
      int newFirstResponse, int newResolution, long openFirstResponse, long openResolution) {}

  @Transactional
  public Run flag() {
    Instant now = clock.instant();
    int firstResponse = tickets.flagFirstResponseBreaches(now);
    int resolution = tickets.flagResolutionBreaches(now);
    long openFirstResponse = tickets.countActiveFirstResponseBreached(now);
    long openResolution = tickets.countActiveResolutionBreached(now);
    metrics.breaches(BreachMetrics.FIRST_RESPONSE, firstResponse);
    metrics.breaches(BreachMetrics.RESOLUTION, resolution);
    metrics.openBreached(openFirstResponse, openResolution);
    return new Run(firstResponse, resolution, openFirstResponse, openResolution);
  }
}
