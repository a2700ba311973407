package io.vitrina.order.order.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.order.pricing.PricingPolicy;
import io.vitrina.order.pricing.ShippingRule;
import io.vitrina.order.pricing.Totals;
import io.vitrina.platform.problem.ConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderTest {

  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final PricingPolicy PRICING =
      new PricingPolicy(
          new BigDecimal("21"),
          Map.of("EUR", new ShippingRule(new BigDecimal("4.95"), new BigDecimal("50.00"))));

  private static final List<OrderLineDraft> LINES =
      List.of(
          new OrderLineDraft("p-1", "SKU-1", "One", 2, new BigDecimal("10.00")),
          new OrderLineDraft("p-2", "SKU-2", "Two", 1, new BigDecimal("5.50")));

  private static Order placed() {
    Totals totals = PRICING.price(LINES.stream().map(OrderLineDraft::priced).toList(), "EUR");
    return Order.place("customer-1", "EUR", LINES, totals, "customer-1", T0);
  }

  @Test
  void shouldPlaceOrderAwaitingPaymentWithPriceSnapshotAndFirstHistoryEntry() {
    Order order = placed();
    assertEquals(OrderStatus.PENDING_PAYMENT, order.status());
    assertEquals(new BigDecimal("25.50"), order.totals().subtotal());
    assertEquals(new BigDecimal("4.95"), order.totals().shipping());
    assertEquals(new BigDecimal("6.39"), order.totals().tax());
    assertEquals(new BigDecimal("36.84"), order.totals().total());
    assertEquals(List.of(1, 2), order.lines().stream().map(OrderLine::lineNo).toList());
    assertEquals(new BigDecimal("20.00"), order.lines().get(0).lineTotal());
    assertEquals(1, order.history().size());
    assertNull(order.history().get(0).from());
    assertEquals(OrderStatus.PENDING_PAYMENT, order.history().get(0).to());
  }

  @Test
  void shouldRecordEveryMoveWithActorTimeAndReason() {
    Order order = placed();
    order.moveTo(OrderStatus.PAID, "order-service", "payment p-1", T0.plusSeconds(5));
    order.moveTo(OrderStatus.FULFILLING, "admin@example.com", null, T0.plusSeconds(60));

    assertEquals(OrderStatus.FULFILLING, order.status());
    assertEquals(T0.plusSeconds(5), order.paidAt().orElseThrow());
    OrderStatusChange last = order.history().get(2);
    assertEquals(OrderStatus.PAID, last.from());
    assertEquals(OrderStatus.FULFILLING, last.to());
    assertEquals("admin@example.com", last.actor());
    assertEquals(T0.plusSeconds(60), last.changedAt());
    assertEquals("payment p-1", order.history().get(1).reason());
  }

  @Test
  void shouldRefuseIllegalMoveWithConflictAndChangeNothing() {
    Order order = placed();
    ConflictException conflict =
        assertThrows(
            ConflictException.class,
            () -> order.moveTo(OrderStatus.SHIPPED, "admin", "skip ahead", T0));
    assertEquals(409, conflict.status());
    assertEquals(OrderStatus.PENDING_PAYMENT, order.status());
    assertEquals(1, order.history().size());
  }

  @Test
  void shouldRefundCancelledOrderOnlyIfItWasPaid() {
    Order unpaid = placed();
    unpaid.moveTo(OrderStatus.CANCELLED, "customer-1", "changed my mind", T0);
    assertFalse(unpaid.isPaid());
    assertThrows(
        ConflictException.class, () -> unpaid.moveTo(OrderStatus.REFUNDED, "admin", null, T0));

    Order paid = placed();
    paid.moveTo(OrderStatus.PAID, "order-service", null, T0);
    paid.moveTo(OrderStatus.CANCELLED, "customer-1", "changed my mind", T0);
    paid.moveTo(OrderStatus.REFUNDED, "order-service", "refund r-1", T0);
    assertEquals(OrderStatus.REFUNDED, paid.status());
    assertTrue(paid.isPaid());
  }

  @Test
  void shouldRefuseTotalsThatDoNotAddUp() {
    Totals wrong =
        new Totals(
            new BigDecimal("25.49"),
            new BigDecimal("4.95"),
            new BigDecimal("6.39"),
            new BigDecimal("36.83"));
    assertThrows(
        IllegalArgumentException.class, () -> Order.place("c", "EUR", LINES, wrong, "c", T0));
  }

  @Test
  void shouldRefuseOrderWithoutLinesOrWithProductTwice() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Order.place("c", "EUR", List.of(), Totals.NONE, "c", T0));
    List<OrderLineDraft> twice = List.of(LINES.get(0), LINES.get(0));
    Totals totals = PRICING.price(twice.stream().map(OrderLineDraft::priced).toList(), "EUR");
    assertThrows(
        IllegalArgumentException.class, () -> Order.place("c", "EUR", twice, totals, "c", T0));
  }
}
