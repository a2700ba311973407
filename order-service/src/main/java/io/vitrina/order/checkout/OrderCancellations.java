package io.vitrina.order.checkout;

import io.vitrina.order.order.domain.Order;
import io.vitrina.order.order.domain.OrderEvents;
import io.vitrina.order.order.domain.OrderService;
import io.vitrina.order.payment.domain.Payment;
import io.vitrina.order.payment.domain.PaymentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Cancels orders, refunds paid ones, and expires unpaid ones. A paid order is cancelled first
 * (committed, with order.cancelled), then refunded at the provider outside any transaction, then
 * REFUNDED with order.refunded (restock, every line) once the provider confirms; a refund whose
 * outcome is unknown is settled by the reconcile schedule.
 */
@ApplicationScoped
public class OrderCancellations {

  private static final Logger LOG = Logger.getLogger(OrderCancellations.class.getName());

  /** How many overdue orders one run of the expiry schedule takes on. */
  static final int EXPIRY_BATCH = 100;

  @Inject OrderSteps steps;
  @Inject OrderService orders;
  @Inject PaymentService payments;
  @Inject SagaMetrics metrics;
  @Inject Clock clock;

  /**
   * Cancels an order for the caller, refunding it when it was paid.
   *
   * @throws jakarta.ws.rs.NotFoundException (404) for an order the caller may not see
   * @throws io.vitrina.platform.problem.ConflictException (409) when it cannot be cancelled
   */
  public Order cancel(String orderId, Caller caller, String reason) {
    Optional<Payment> charge = steps.cancel(orderId, caller, reason);
    if (charge.isEmpty()) {
      metrics.compensation("release");
    } else {
      refund(charge.get(), caller.subject(), null);
    }
    return orders.find(orderId).orElseThrow();
  }

  /**
   * Refunds what is left of a successful charge and, once the provider confirms, moves the order to
   * REFUNDED with order.refunded restocking {@code lines} (every line when null).
   *
   * @return whether the order is now REFUNDED
   */
  public boolean refund(Payment charge, String actor, List<OrderEvents.ReturnedLine> lines) {
    return refund(charge, steps.refundable(charge), actor, lines);
  }

  /** Refunds {@code amount} of a successful charge; see {@link #refund(Payment, String, List)}. */
  public boolean refund(
      Payment charge, BigDecimal amount, String actor, List<OrderEvents.ReturnedLine> lines) {
    if (amount.signum() <= 0) {
      return false;
    }
    Payment refund = payments.refund(charge.id(), amount);
    metrics.compensation("refund");
    return steps.applyRefund(refund.id(), actor, lines);
  }

  /**
   * Cancels unpaid orders past their payment deadline (actor system, reason payment-expired),
   * unless a payment of theirs is being settled.
   *
   * @return how many were cancelled
   */
  public int expireOverdue() {
    int expired = 0;
    for (String orderId : steps.overdue(clock.instant(), EXPIRY_BATCH)) {
      try {
        if (steps.expire(orderId)) {
          expired++;
          metrics.compensation("expire");
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not expire order " + orderId, e);
      }
    }
    return expired;
  }
}
