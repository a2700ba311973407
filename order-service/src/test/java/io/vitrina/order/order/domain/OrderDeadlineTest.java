package io.vitrina.order.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.order.pricing.PricingPolicy;
import io.vitrina.order.pricing.Totals;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The payment deadline of an order and the anonymising of its shipping address. */
class OrderDeadlineTest {

  private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  private static final Instant DUE = T0.plus(Duration.ofMinutes(30));
  private static final List<OrderLineDraft> LINES =
      List.of(new OrderLineDraft("p-1", "SKU-1", "One", 2, new BigDecimal("10.00")));
  private static final ShippingAddress HOME =
      new ShippingAddress("Ada Lovelace", "Calle Mayor 1", null, "Madrid", null, "28013", "ES");

  private static Order placed() {
    Totals totals =
        new PricingPolicy(BigDecimal.ZERO, Map.of())
            .price(LINES.stream().map(OrderLineDraft::priced).toList(), "EUR");
    return Order.place("customer-1", "EUR", LINES, totals, HOME, DUE, "customer-1", T0);
  }

  @Test
  void shouldNotBeOverdueUntilAfterItsDeadline() {
    Order order = placed();
    assertFalse(order.isPaymentOverdue(T0));
    assertFalse(order.isPaymentOverdue(DUE));
    assertTrue(order.isPaymentOverdue(DUE.plusMillis(1)));
  }

  @Test
  void shouldNeverBeOverdueOnceItLeftPendingPayment() {
    Order paid = placed();
    paid.moveTo(OrderStatus.PAID, "customer-1", null, T0.plusSeconds(10));
    assertFalse(paid.isPaymentOverdue(DUE.plusSeconds(60)));

    Order cancelled = placed();
    cancelled.moveTo(OrderStatus.CANCELLED, "customer-1", null, T0.plusSeconds(10));
    assertFalse(cancelled.isPaymentOverdue(DUE.plusSeconds(60)));
  }

  @Test
  void shouldRefuseADeadlineBeforeThePlacement() {
    Totals totals =
        new PricingPolicy(BigDecimal.ZERO, Map.of())
            .price(LINES.stream().map(OrderLineDraft::priced).toList(), "EUR");
    assertThrows(
        IllegalArgumentException.class,
        () -> Order.place("c", "EUR", LINES, totals, HOME, T0.minusSeconds(1), "c", T0));
  }

  @Test
  void shouldKeepOnlyTheCountryOfAnAnonymisedAddressAndDoItOnce() {
    Order order = placed();
    assertTrue(order.anonymiseShipping(T0.plusSeconds(5)));
    ShippingAddress address = order.shippingAddress().orElseThrow();
    assertNull(address.fullName());
    assertNull(address.line1());
    assertNull(address.city());
    assertNull(address.postalCode());
    assertEquals("ES", address.country());
    assertEquals(T0.plusSeconds(5), order.shippingAnonymisedAt().orElseThrow());
    assertFalse(order.anonymiseShipping(T0.plusSeconds(9)));
  }
}
