package io.vitrina.order.checkout;

import io.vitrina.order.order.domain.Order;
import io.vitrina.order.order.domain.OrderReturns;
import io.vitrina.order.order.domain.OrderService;
import io.vitrina.order.payment.domain.Card;
import io.vitrina.order.payment.domain.Payment;
import io.vitrina.order.payment.domain.PaymentKind;
import io.vitrina.order.payment.domain.PaymentService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pays orders: the charge is recorded while the order is locked, the provider is asked outside any
 * transaction, and the answer is applied in a third, short transaction — PAID (order.paid), or
 * PAYMENT_FAILED (order.cancelled, reason payment-declined, which releases the stock), or left
 * awaiting payment while the outcome is unknown. {@link #reconcile} settles the unknown ones later.
 */
@ApplicationScoped
public class OrderPayments {

  private static final Logger LOG = Logger.getLogger(OrderPayments.class.getName());

  /** The outcome of a payment request: the order after it, and the charge. */
  public record Result(Order order, Payment payment) {}

  @Inject OrderSteps steps;
  @Inject PaymentService payments;
  @Inject OrderService orders;
  @Inject OrderReturns returns;
  @Inject SagaMetrics metrics;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "vitrina.payments.timeout", defaultValue = "PT10S")
  Duration providerTimeout;

  /**
   * Charges the order's total to a card.
   *
   * @return the order and the charge: PAID, or still PENDING_PAYMENT with the charge UNKNOWN
   * @throws PaymentDeclinedException (402) when the provider declined
   * @throws io.vitrina.platform.problem.ConflictException (409) when the order is not awaiting
   *     payment or is being paid
   * @throws jakarta.ws.rs.NotFoundException (404) for an order the caller may not see
   */
  public Result pay(String orderId, Caller caller, Card card) {
    Payment pending = steps.recordCharge(orderId, caller, card);
    Payment settled = payments.submitCharge(pending, card);
    OrderSteps.ChargeEffect effect = steps.applyCharge(settled.id(), caller.subject());
    switch (effect) {
      case PAID -> metrics.payment("approved");
      case FAILED, NOT_CHARGED -> {
        metrics.payment("declined");
        metrics.compensation("release");
        throw new PaymentDeclinedException(orderId, settled.failureCode().orElse("declined"));
      }
      case REFUND_NEEDED -> refundStray(settled);
      default -> metrics.payment("unknown");
    }
    return new Result(orders.find(orderId).orElseThrow(), settled);
  }

  /**
   * Settles charges and refunds whose outcome is still open: UNKNOWN ones, and PENDING ones older
   * than the provider's timeout (a request that died half-way). Each is looked up at the provider
   * and its outcome applied to its order. Then finishes the refunds of returns that the provider
   * confirmed but whose order.refunded was never published (the service stopped in between).
   *
   * @return how many were settled
   */
  public int reconcile(int limit) {
    List<Payment> open =
        payments.unsettledBefore(clock.instant().minus(providerTimeout.multipliedBy(2)), limit);
    int settled = 0;
    for (Payment payment : open) {
      try {
        Payment now = payments.reconcile(payment.id()).orElseThrow();
        if (!now.status().isSettled()) {
          continue;
        }
        settled++;
        if (now.kind() == PaymentKind.CHARGE) {
          OrderSteps.ChargeEffect effect = steps.applyCharge(now.id(), OrderService.SYSTEM);
          switch (effect) {
            case PAID -> metrics.payment("approved");
            case FAILED -> {
              metrics.payment("declined");
              metrics.compensation("release");
            }
            case REFUND_NEEDED -> refundStray(now);
            default -> {}
          }
        } else if (steps.applyRefund(now.id(), OrderService.SYSTEM, null)) {
          metrics.compensation("refund");
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not reconcile payment " + payment.id(), e);
      }
    }
    for (String refundId : returns.succeededNotApplied(limit)) {
      try {
        if (steps.applyRefund(refundId, OrderService.SYSTEM, null)) {
          settled++;
          metrics.compensation("refund");
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not finish the refund " + refundId + " of a return", e);
      }
    }
    return settled;
  }

  /** A charge that succeeded for an order no longer awaiting it goes back at once. */
  private void refundStray(Payment charge) {
    Payment refund = payments.refund(charge.id(), charge.amount());
    metrics.compensation("refund");
    LOG.warning(
        () ->
            "Refunded stray charge "
                + charge.id()
                + " of order "
                + charge.orderId()
                + ": refund "
                + refund.id()
                + " is "
                + refund.status());
  }
}
