package io.vitrina.order.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The business metrics of checkout and payment, on the application registry: {@code checkouts}
 * tagged {@code outcome=placed|out-of-stock|catalog-unavailable|rejected}, {@code
 * checkout.duration} (a timer over whole checkouts, payment included when the request pays), {@code
 * payments} tagged {@code outcome=approved|declined|unknown}, and {@code saga.compensations} tagged
 * {@code kind=release|refund|expire}. Looked up at each use, so that a second deployment of the
 * same code (an Arquillian archive) cannot unregister them.
 */
@ApplicationScoped
public class SagaMetrics {

  @Inject MetricRegistry registry;

  void checkout(String outcome, Duration took) {
    registry.counter("checkouts", new Tag("outcome", outcome)).inc();
    registry.timer("checkout.duration").update(took);
  }

  void payment(String outcome) {
    registry.counter("payments", new Tag("outcome", outcome)).inc();
  }

  void compensation(String kind) {
    registry.counter("saga.compensations", new Tag("kind", kind)).inc();
  }
}
