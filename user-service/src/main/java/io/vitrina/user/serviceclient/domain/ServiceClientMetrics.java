package io.vitrina.user.serviceclient.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The metrics of the client-credentials grant, on the application registry: {@code service_tokens}
 * tagged {@code outcome=issued|refused|throttled}, and {@code service_client_lockouts}. Refusals
 * are not tagged by client id: the id of a refused request is whatever the caller sent. Looked up
 * at each use, like the other metrics of this service (see {@code AuthMetrics}).
 */
@ApplicationScoped
public class ServiceClientMetrics {

  @Inject MetricRegistry registry;

  public void issued() {
    registry.counter("service_tokens", new Tag("outcome", "issued")).inc();
  }

  public void refused() {
    registry.counter("service_tokens", new Tag("outcome", "refused")).inc();
  }

  public void throttled() {
    registry.counter("service_tokens", new Tag("outcome", "throttled")).inc();
  }

  public void lockedOut() {
    registry.counter("service_client_lockouts").inc();
  }
}
