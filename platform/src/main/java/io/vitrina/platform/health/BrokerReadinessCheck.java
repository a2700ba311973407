package io.vitrina.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when a JMS connection to the broker can be opened and started: a service that cannot
 * publish its events cannot commit its writes (they share one XA transaction).
 */
@Readiness
@ApplicationScoped
public class BrokerReadinessCheck implements HealthCheck {

  @Resource(lookup = "jms/vitrinaConnectionFactory")
  ConnectionFactory connectionFactory;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = connectionFactory.createConnection()) {
      connection.start();
      return HealthCheckResponse.named("broker").up().build();
    } catch (JMSException | RuntimeException e) {
      return HealthCheckResponse.named("broker")
          .down()
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }
}
