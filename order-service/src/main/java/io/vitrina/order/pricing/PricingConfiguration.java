package io.vitrina.order.pricing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Builds the {@link PricingPolicy} from MicroProfile Config: {@code
 * vitrina.pricing.tax-rate-percent} and, per currency code {@code C}, {@code
 * vitrina.pricing.shipping.flat.C} and {@code vitrina.pricing.shipping.free-from.C}. A wrong value
 * fails the application's start, not a customer's request.
 */
@ApplicationScoped
public class PricingConfiguration {

  /** The currencies catalog-service prices in. */
  static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "MXN");

  @Inject Config config;

  /** Dependent: the policy is an immutable value, read once by each bean that injects it. */
  @Produces
  public PricingPolicy policy() {
    BigDecimal taxRate =
        config
            .getOptionalValue("vitrina.pricing.tax-rate-percent", BigDecimal.class)
            .orElse(BigDecimal.ZERO);
    Map<String, ShippingRule> rules = new HashMap<>();
    for (String currency : CURRENCIES) {
      Optional<BigDecimal> flat =
          config.getOptionalValue("vitrina.pricing.shipping.flat." + currency, BigDecimal.class);
      Optional<BigDecimal> freeFrom =
          config.getOptionalValue(
              "vitrina.pricing.shipping.free-from." + currency, BigDecimal.class);
      flat.ifPresent(
          amount -> rules.put(currency, new ShippingRule(amount, freeFrom.orElse(null))));
    }
    return new PricingPolicy(taxRate, rules);
  }
}
