package io.vitrina.order.consumer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.order.order.domain.Order;
import io.vitrina.order.order.domain.OrderLineDraft;
import io.vitrina.order.order.domain.OrderStatus;
import io.vitrina.order.pricing.PricingPolicy;
import io.vitrina.order.pricing.ShippingRule;
import io.vitrina.order.pricing.Totals;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReturnRefundsTest {

  private static final PricingPolicy PRICING =
      new PricingPolicy(
          new BigDecimal("21"),
          Map.of("EUR", new ShippingRule(new BigDecimal("4.95"), new BigDecimal("50.00"))));

  private static final List<OrderLineDraft> LINES =
      List.of(
          new OrderLineDraft("p-1", "SKU-1", "One", 2, new BigDecimal("10.00")),
          new OrderLineDraft("p-2", "SKU-2", "Two", 1, new BigDecimal("5.50")));

  /** 25.50 of goods, 4.95 shipping, 6.39 tax: 36.84. */
  private static Order order() {
    Totals totals = PRICING.price(LINES.stream().map(OrderLineDraft::priced).toList(), "EUR");
    return Order.place("c", "EUR", LINES, totals, "c", Instant.parse("2026-11-29T10:00:00Z"));
  }

  private static ReturnApproved.Line line(String product, int quantity) {
    return new ReturnApproved.Line(product, quantity);
  }

  @Test
  void shouldRefundTheWholeTotalWhenEverythingComesBack() {
    assertEquals(
        Optional.of(new BigDecimal("36.84")),
        ReturnRefunds.amount(order(), List.of(line("p-1", 2), line("p-2", 1))));
    // The same units split over two lines of the event.
    assertEquals(
        Optional.of(new BigDecimal("36.84")),
        ReturnRefunds.amount(order(), List.of(line("p-1", 1), line("p-2", 1), line("p-1", 1))));
  }

  @Test
  void shouldRefundTheReturnedGoodsAndTheirTaxShareButNoShipping() {
    // 10.00 of 25.50 goods: 6.39 x 10.00 / 25.50 = 2.5058... -> 2.51.
    assertEquals(
        Optional.of(new BigDecimal("12.51")),
        ReturnRefunds.amount(order(), List.of(line("p-1", 1))));
    // 20.00 of 25.50: 6.39 x 20 / 25.5 = 5.0117... -> 5.01.
    assertEquals(
        Optional.of(new BigDecimal("25.01")),
        ReturnRefunds.amount(order(), List.of(line("p-1", 2))));
  }

  @Test
  void shouldRefuseLinesTheOrderDidNotBuy() {
    assertTrue(ReturnRefunds.amount(order(), List.of(line("p-3", 1))).isEmpty());
    assertTrue(ReturnRefunds.amount(order(), List.of(line("p-1", 3))).isEmpty());
    assertTrue(ReturnRefunds.amount(order(), List.of(line("p-1", 2), line("p-1", 1))).isEmpty());
    assertTrue(ReturnRefunds.amount(order(), List.of()).isEmpty());
  }

  @Test
  void shouldRefundWhatIsLeftOfTheTotalWhenTheLastUnitsComeBack() {
    // First p-1 x1 (12.51), then p-2 x1 (5.50 + 6.39 x 5.50 / 25.50 = 1.378... -> 1.38: 6.88).
    assertEquals(
        Optional.of(new BigDecimal("6.88")),
        ReturnRefunds.amount(
            order(), Map.of("p-1", 1), new BigDecimal("12.51"), List.of(line("p-2", 1))));
    // The last unit: 36.84 - 12.51 - 6.88 = 17.45, shipping and every rounding included.
    assertEquals(
        Optional.of(new BigDecimal("17.45")),
        ReturnRefunds.amount(
            order(),
            Map.of("p-1", 1, "p-2", 1),
            new BigDecimal("19.3900"),
            List.of(line("p-1", 1))));
  }

  @Test
  void shouldRefuseUnitsThatCameBackAlready() {
    assertTrue(
        ReturnRefunds.amount(
                order(), Map.of("p-1", 2), new BigDecimal("25.01"), List.of(line("p-1", 1)))
            .isEmpty());
    assertTrue(
        ReturnRefunds.amount(
                order(), Map.of("p-1", 1), new BigDecimal("12.51"), List.of(line("p-1", 2)))
            .isEmpty());
  }

  @Test
  void shouldTakeALaterReturnOnlyOfAnOrderAnEarlierReturnBroughtBack() {
    assertTrue(ReturnReactions.returnable(OrderStatus.DELIVERED, false));
    assertTrue(ReturnReactions.returnable(OrderStatus.RETURN_REQUESTED, false));
    assertTrue(ReturnReactions.returnable(OrderStatus.RETURNED, true));
    assertTrue(ReturnReactions.returnable(OrderStatus.REFUNDED, true));
    // A paid order cancelled and refunded was never delivered.
    assertFalse(ReturnReactions.returnable(OrderStatus.REFUNDED, false));
    assertFalse(ReturnReactions.returnable(OrderStatus.SHIPPED, false));
    assertFalse(ReturnReactions.returnable(OrderStatus.CANCELLED, true));
  }
}
