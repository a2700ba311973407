package io.vitrina.order.cart.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The business metrics of carts, on the application registry: {@code cart.operations} tagged {@code
 * operation=read|put|remove|clear} (successful operations), {@code cart.rejections} tagged {@code
 * reason=not-listed|rule|catalog-unavailable} (changes refused: product not for sale, cart full or
 * in another currency, or for want of the catalog), and {@code cart.stale.reads} (carts shown with
 * last known prices because the catalog could not be asked). Looked up at each use rather than
 * bound by annotations, so that a second deployment of the same code (an Arquillian archive) cannot
 * unregister them.
 */
@ApplicationScoped
public class CartMetrics {

  @Inject MetricRegistry registry;

  void operation(String operation) {
    registry.counter("cart.operations", new Tag("operation", operation)).inc();
  }

  void rejected(String reason) {
    registry.counter("cart.rejections", new Tag("reason", reason)).inc();
  }

  void staleRead() {
    registry.counter("cart.stale.reads").inc();
  }
}
