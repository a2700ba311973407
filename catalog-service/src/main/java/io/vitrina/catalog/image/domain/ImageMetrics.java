package io.vitrina.catalog.image.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The business metrics of product images, on the application registry: {@code images.uploads}
 * tagged {@code outcome=ok|unsupported|dimensions|too-large|too-many}. Looked up at each use, like
 * the reservation metrics, so that a second deployment of the code cannot take them away.
 */
@ApplicationScoped
public class ImageMetrics {

  @Inject MetricRegistry registry;

  public void uploaded() {
    outcome("ok");
  }

  public void refused(String reason) {
    outcome(reason);
  }

  private void outcome(String outcome) {
    registry.counter("images.uploads", new Tag("outcome", outcome)).inc();
  }
}
