package io.vitrina.order.order.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an order stands, and where it may go from there. The whole table:
 *
 * <pre>
 * from              | to
 * ------------------+------------------------------------------------------------
 * PENDING_PAYMENT   | PAID, PAYMENT_FAILED, CANCELLED
 * PAID              | FULFILLING, CANCELLED
 * FULFILLING        | SHIPPED, CANCELLED
 * SHIPPED           | DELIVERED
 * DELIVERED         | RETURN_REQUESTED
 * RETURN_REQUESTED  | RETURNED, DELIVERED (the return was refused)
 * RETURNED          | REFUNDED
 * CANCELLED         | REFUNDED, only if the order was paid before it was cancelled
 * PAYMENT_FAILED    | (final: the customer places a new order)
 * REFUNDED          | (final)
 * </pre>
 *
 * Nothing moves to the status it is in: a repeated command is the caller's to recognise, not a
 * transition. A shipped order is not cancelled (it is returned once delivered), and money goes back
 * only through REFUNDED, after a return or after a cancellation of a paid order; an unpaid
 * cancelled order has nothing to refund.
 */
public enum OrderStatus {
  PENDING_PAYMENT,
  PAID,
  FULFILLING,
  SHIPPED,
  DELIVERED,
  CANCELLED,
  PAYMENT_FAILED,
  RETURN_REQUESTED,
  RETURNED,
  REFUNDED;

  private static final Map<OrderStatus, Set<OrderStatus>> NEXT = new EnumMap<>(OrderStatus.class);

  static {
    NEXT.put(PENDING_PAYMENT, EnumSet.of(PAID, PAYMENT_FAILED, CANCELLED));
    NEXT.put(PAID, EnumSet.of(FULFILLING, CANCELLED));
    NEXT.put(FULFILLING, EnumSet.of(SHIPPED, CANCELLED));
    NEXT.put(SHIPPED, EnumSet.of(DELIVERED));
    NEXT.put(DELIVERED, EnumSet.of(RETURN_REQUESTED));
    NEXT.put(RETURN_REQUESTED, EnumSet.of(RETURNED, DELIVERED));
    NEXT.put(RETURNED, EnumSet.of(REFUNDED));
    NEXT.put(CANCELLED, EnumSet.of(REFUNDED));
    NEXT.put(PAYMENT_FAILED, EnumSet.noneOf(OrderStatus.class));
    NEXT.put(REFUNDED, EnumSet.noneOf(OrderStatus.class));
  }

  /**
   * Whether an order in this status may move to {@code target}.
   *
   * @param paid whether the order's payment was ever captured: a cancelled order is refunded only
   *     then
   */
  public boolean canBecome(OrderStatus target, boolean paid) {
    if (this == CANCELLED && target == REFUNDED) {
      return paid;
    }
    return NEXT.get(this).contains(target);
  }

  /** The statuses the table allows from this one, for a paid or an unpaid order. */
  public Set<OrderStatus> next(boolean paid) {
    Set<OrderStatus> next = EnumSet.noneOf(OrderStatus.class);
    for (OrderStatus target : values()) {
      if (canBecome(target, paid)) {
        next.add(target);
      }
    }
    return Collections.unmodifiableSet(next);
  }

  /** Whether no status follows this one, whatever the order's payment. */
  public boolean isFinal() {
    return next(true).isEmpty();
  }
}
