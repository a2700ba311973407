package io.vitrina.order.pricing;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * Prices a set of lines in one currency: the goods subtotal is the exact sum of the line totals;
 * shipping follows the currency's {@link ShippingRule} (free when the currency has none); tax is
 * the tax rate applied to goods plus shipping (shipping is taxed as part of the supply), rounded
 * once, half to even, to cents. Rounding happens only there: line totals of prices in whole cents
 * are exact.
 */
public final class PricingPolicy {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal taxRatePercent;
  private final Map<String, ShippingRule> shipping;

  /**
   * @param taxRatePercent the tax rate in percent, 0 to 100, such as 21 or 7.5
   * @param shipping the shipping rule per ISO 4217 currency code
   */
  public PricingPolicy(BigDecimal taxRatePercent, Map<String, ShippingRule> shipping) {
    Objects.requireNonNull(taxRatePercent, "taxRatePercent");
    if (taxRatePercent.signum() < 0 || taxRatePercent.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("the tax rate must be 0 to 100 percent");
    }
    this.taxRatePercent = taxRatePercent;
    this.shipping = Map.copyOf(shipping);
  }

  public BigDecimal taxRatePercent() {
    return taxRatePercent;
  }

  public ShippingRule shippingRule(String currency) {
    return shipping.getOrDefault(currency, ShippingRule.FREE);
  }

  /** The totals of the lines in a currency; no lines cost nothing, shipping included. */
  public Totals price(Collection<PricedLine> lines, String currency) {
    BigDecimal subtotal =
        Money.round(
            lines.stream().map(PricedLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add));
    BigDecimal shippingCost = shippingRule(currency).costFor(subtotal);
    BigDecimal taxable = subtotal.add(shippingCost);
    // Multiply before dividing: exact up to the one rounding step.
    BigDecimal tax = taxable.multiply(taxRatePercent).divide(HUNDRED, Money.SCALE, Money.ROUNDING);
    return new Totals(subtotal, shippingCost, tax, subtotal.add(shippingCost).add(tax));
  }
}
