package io.vitrina.order.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports on the readiness probe whether catalog-service answered the last lookup, without ever
 * making this service unready: the catalog is another service's, the cart degrades to last known
 * prices without it, and taking every order-service pod out of the load balancer because the
 * catalog is down would turn a degraded cart into no cart at all. So the check is always UP; its
 * data ({@code reachable}: true, false or unknown, and {@code lastCallAt}) is what operators and
 * dashboards read. It makes no call of its own: probes must stay cheap and must not trip the
 * circuit breaker.
 */
@Readiness
@ApplicationScoped
public class CatalogHealthCheck implements HealthCheck {

  @Inject CatalogProducts catalog;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("catalog").up();
    catalog
        .lastCall()
        .ifPresentOrElse(
            last ->
                response
                    .withData("reachable", String.valueOf(last.reached()))
                    .withData("lastCallAt", last.at().toString()),
            () -> response.withData("reachable", "unknown"));
    return response.build();
  }
}
