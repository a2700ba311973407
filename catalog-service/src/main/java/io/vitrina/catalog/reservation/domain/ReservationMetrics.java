package io.vitrina.catalog.reservation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The business metrics of reservations, on the application registry: {@code reservations} tagged
 * {@code outcome=ok|conflict|expired} (new reservations made, refused, and expired by the
 * schedule), and {@code stockouts} (reservations refused because a product had too little stock).
 * They are looked up at each use rather than bound by annotations: an annotation-bound metric
 * disappears from under the application when another deployment of the same code (an Arquillian
 * test archive) is removed from the server.
 */
@ApplicationScoped
public class ReservationMetrics {

  @Inject MetricRegistry registry;

  public void reserved() {
    outcome("ok");
  }

  public void conflicted() {
    outcome("conflict");
  }

  public void expired() {
    outcome("expired");
  }

  public void stockout() {
    registry.counter("stockouts").inc();
  }

  private void outcome(String outcome) {
    registry.counter("reservations", new Tag("outcome", outcome)).inc();
  }
}
