package io.vitrina.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the server can run application code to answer: a deadlocked or wedged server does not
 * answer the probe, which is what gets it restarted. Deliberately touches no database or broker
 * (their outages are readiness matters, and a restart would not cure them) and does not judge heap
 * usage (a peak before a collection would restart a healthy pod). The heap figures are reported for
 * whoever reads the probe.
 */
@Liveness
@ApplicationScoped
public class ProcessLivenessCheck implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    return HealthCheckResponse.named("process")
        .up()
        .withData("heapUsedBytes", runtime.totalMemory() - runtime.freeMemory())
        .withData("heapMaxBytes", runtime.maxMemory())
        .build();
  }
}
