package io.vitrina.order.payment;

import io.vitrina.order.payment.domain.PaymentGateway;
import io.vitrina.order.payment.simulated.SimulatedPaymentGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the payment provider named by {@code vitrina.payments.provider}. Today there is one, the
 * simulated provider; a real one is another implementation of {@link PaymentGateway} and a case
 * here. An unknown name fails the application's start.
 */
@ApplicationScoped
public class PaymentGateways {

  @Inject
  @ConfigProperty(name = "vitrina.payments.provider", defaultValue = "simulated")
  String provider;

  @Inject
  @ConfigProperty(name = "vitrina.payments.timeout", defaultValue = "PT10S")
  Duration timeout;

  @Inject
  @ConfigProperty(name = "vitrina.payments.simulated.approve-cards", defaultValue = "")
  String approveCards;

  @Inject
  @ConfigProperty(name = "vitrina.payments.simulated.decline-cards", defaultValue = "")
  String declineCards;

  @Inject
  @ConfigProperty(name = "vitrina.payments.simulated.timeout-cards", defaultValue = "")
  String timeoutCards;

  @Produces
  @ApplicationScoped
  public PaymentGateway gateway() {
    if (SimulatedPaymentGateway.PROVIDER.equals(provider)) {
      return new SimulatedPaymentGateway(
          cards(approveCards),
          cards(declineCards),
          cards(timeoutCards),
          timeout,
          PaymentGateways::sleep);
    }
    throw new IllegalStateException("Unknown payment provider '" + provider + "'");
  }

  static Set<String> cards(String list) {
    return Arrays.stream(list.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
