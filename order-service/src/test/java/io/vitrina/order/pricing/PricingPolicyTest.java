package io.vitrina.order.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PricingPolicyTest {

  private static final ShippingRule EUR_RULE =
      new ShippingRule(new BigDecimal("4.95"), new BigDecimal("50.00"));

  private static PricingPolicy policy(String taxRate) {
    return new PricingPolicy(new BigDecimal(taxRate), Map.of("EUR", EUR_RULE));
  }

  private static PricedLine line(String price, int quantity) {
    return new PricedLine(new BigDecimal(price), quantity);
  }

  private static Totals totals(String subtotal, String shipping, String tax, String total) {
    return new Totals(
        new BigDecimal(subtotal),
        new BigDecimal(shipping),
        new BigDecimal(tax),
        new BigDecimal(total));
  }

  @Test
  void shouldAddFlatShippingBelowThresholdAndTaxGoodsPlusShipping() {
    assertEquals(
        totals("25.50", "4.95", "6.39", "36.84"),
        policy("21").price(List.of(line("10.00", 2), line("5.50", 1)), "EUR"));
  }

  @Test
  void shouldShipFreeFromTheThresholdInclusive() {
    assertEquals(
        totals("50.00", "0.00", "10.50", "60.50"),
        policy("21").price(List.of(line("25.00", 2)), "EUR"));
    assertEquals(
        totals("49.99", "4.95", "11.54", "66.48"),
        policy("21").price(List.of(line("49.99", 1)), "EUR"));
  }

  @Test
  void shouldRoundTaxHalfToEven() {
    // 0.50 * 25% = 0.125 -> 0.12 (the 2 is even); 0.54 * 25% = 0.135 -> 0.14 (the 4 is even).
    PricingPolicy noShipping = new PricingPolicy(new BigDecimal("25"), Map.of());
    assertEquals(new BigDecimal("0.12"), noShipping.price(List.of(line("0.50", 1)), "EUR").tax());
    assertEquals(new BigDecimal("0.14"), noShipping.price(List.of(line("0.54", 1)), "EUR").tax());
    // 0.10 * 25% = 0.025 -> 0.02; 0.30 * 25% = 0.075 -> 0.08.
    assertEquals(new BigDecimal("0.02"), noShipping.price(List.of(line("0.10", 1)), "EUR").tax());
    assertEquals(new BigDecimal("0.08"), noShipping.price(List.of(line("0.30", 1)), "EUR").tax());
  }

  @Test
  void shouldTakeFractionalTaxRates() {
    PricingPolicy policy = new PricingPolicy(new BigDecimal("7.5"), Map.of());
    // 19.99 * 3 = 59.97; * 7.5% = 4.49775 -> 4.50
    assertEquals(
        totals("59.97", "0.00", "4.50", "64.47"), policy.price(List.of(line("19.99", 3)), "USD"));
  }

  @Test
  void shouldShipFreeInCurrencyWithoutRule() {
    assertEquals(
        totals("10.00", "0.00", "2.10", "12.10"),
        policy("21").price(List.of(line("10", 1)), "GBP"));
  }

  @Test
  void shouldCostNothingForNoLines() {
    assertEquals(Totals.NONE, policy("21").price(Collections.emptyList(), "EUR"));
  }

  @Test
  void shouldStayExactOverManyLinesAndLargeAmounts() {
    // 0.10 added 1000 times is exactly 100.00 in decimal, never 99.9999...
    List<PricedLine> lines = Collections.nCopies(1000, line("0.10", 1));
    assertEquals(new BigDecimal("100.00"), policy("0").price(lines, "EUR").subtotal());
    Totals large = policy("21").price(List.of(line("999999999999.99", 100)), "EUR");
    assertEquals(new BigDecimal("99999999999999.00"), large.subtotal());
    assertEquals(new BigDecimal("20999999999999.79"), large.tax());
    assertEquals(large.subtotal().add(large.shipping()).add(large.tax()), large.total());
  }

  @Test
  void shouldKeepTotalTheExactSumOfItsParts() {
    PricingPolicy policy = policy("19.6");
    for (int cents = 1; cents < 2000; cents += 7) {
      Totals totals =
          policy.price(List.of(line(BigDecimal.valueOf(cents, 2).toPlainString(), 3)), "EUR");
      assertEquals(totals.subtotal().add(totals.shipping()).add(totals.tax()), totals.total());
      assertEquals(2, totals.tax().scale());
    }
  }

  @Test
  void shouldRefuseInvalidRules() {
    assertThrows(IllegalArgumentException.class, () -> policy("-1"));
    assertThrows(IllegalArgumentException.class, () -> policy("100.01"));
    assertThrows(
        IllegalArgumentException.class, () -> new ShippingRule(new BigDecimal("-0.01"), null));
    assertThrows(
        IllegalArgumentException.class, () -> new ShippingRule(new BigDecimal("4.955"), null));
    assertThrows(IllegalArgumentException.class, () -> line("0", 1));
    assertThrows(IllegalArgumentException.class, () -> line("1.00", 0));
  }
}
