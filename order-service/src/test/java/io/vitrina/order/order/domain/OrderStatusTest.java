package io.vitrina.order.order.domain;

import static io.vitrina.order.order.domain.OrderStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every pair of statuses, for a paid and an unpaid order, against the table written out here. */
class OrderStatusTest {

  /** The allowed moves for any order, as "FROM>TO". */
  private static final Set<String> ALWAYS =
      Set.of(
          "PENDING_PAYMENT>PAID",
          "PENDING_PAYMENT>PAYMENT_FAILED",
          "PENDING_PAYMENT>CANCELLED",
          "PAID>FULFILLING",
          "PAID>CANCELLED",
          "FULFILLING>SHIPPED",
          "FULFILLING>CANCELLED",
          "SHIPPED>DELIVERED",
          "DELIVERED>RETURN_REQUESTED",
          "RETURN_REQUESTED>RETURNED",
          "RETURN_REQUESTED>DELIVERED",
          "RETURNED>REFUNDED");

  /** Allowed only once the order was paid. */
  private static final Set<String> ONLY_PAID = Set.of("CANCELLED>REFUNDED");

  @Test
  void shouldAllowExactlyTheTableForEveryPairOfStatuses() {
    int checked = 0;
    for (OrderStatus from : values()) {
      for (OrderStatus to : values()) {
        String move = from + ">" + to;
        assertEquals(ALWAYS.contains(move), from.canBecome(to, false), "unpaid order: " + move);
        assertEquals(
            ALWAYS.contains(move) || ONLY_PAID.contains(move),
            from.canBecome(to, true),
            "paid order: " + move);
        checked += 2;
      }
    }
    assertEquals(values().length * values().length * 2, checked);
  }

  @Test
  void shouldNeverMoveToTheSameStatus() {
    for (OrderStatus status : values()) {
      assertFalse(status.canBecome(status, true), status.name());
      assertFalse(status.canBecome(status, false), status.name());
    }
  }

  @Test
  void shouldListNextStatusesAsTheTableDoes() {
    assertEquals(EnumSet.of(PAID, PAYMENT_FAILED, CANCELLED), PENDING_PAYMENT.next(false));
    assertEquals(EnumSet.of(REFUNDED), CANCELLED.next(true));
    assertEquals(EnumSet.noneOf(OrderStatus.class), CANCELLED.next(false));
    assertEquals(EnumSet.of(RETURNED, DELIVERED), RETURN_REQUESTED.next(false));
  }

  @Test
  void shouldHaveOnlyPaymentFailedAndRefundedAsFinal() {
    Set<OrderStatus> finals = new HashSet<>();
    for (OrderStatus status : values()) {
      if (status.isFinal()) {
        finals.add(status);
      }
    }
    assertEquals(Set.of(PAYMENT_FAILED, REFUNDED), finals);
  }

  @Test
  void shouldNotCancelOnceShipped() {
    for (OrderStatus status : List.of(SHIPPED, DELIVERED, RETURN_REQUESTED, RETURNED)) {
      assertFalse(status.canBecome(CANCELLED, true), status.name());
    }
    assertTrue(FULFILLING.canBecome(CANCELLED, true));
  }
}
