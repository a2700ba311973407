package io.vitrina.order.checkout;

import io.vitrina.order.order.domain.Order;
import io.vitrina.order.order.domain.OrderEvents;
import io.vitrina.order.order.domain.OrderLine;
import io.vitrina.order.order.domain.OrderRepository;
import io.vitrina.order.order.domain.OrderReturns;
import io.vitrina.order.order.domain.OrderService;
import io.vitrina.order.order.domain.OrderStatus;
import io.vitrina.order.payment.domain.Card;
import io.vitrina.order.payment.domain.Payment;
import io.vitrina.order.payment.domain.PaymentKind;
import io.vitrina.order.payment.domain.PaymentRecords;
import io.vitrina.order.payment.domain.PaymentService;
import io.vitrina.order.payment.domain.PaymentStatus;
import io.vitrina.platform.problem.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The saga's local transactions, each short, each locking the order it changes, none calling
 * another service or the payment provider. The flows around them ({@link CheckoutService}, {@link
 * OrderPayments}, {@link OrderCancellations}) make the remote calls in between.
 */
@ApplicationScoped
public class OrderSteps {

  private static final Logger LOG = Logger.getLogger(OrderSteps.class.getName());

  /** What a settled charge did to its order. */
  public enum ChargeEffect {
    /** The order is PAID. */
    PAID,
    /** The order is PAYMENT_FAILED; its stock goes back through order.cancelled. */
    FAILED,
    /** Nothing moved (the provider never got the charge): the order still awaits payment. */
    NOT_CHARGED,
    /** The outcome is not known yet. */
    UNKNOWN,
    /** The order was no longer awaiting payment: the money must go back. */
    REFUND_NEEDED
  }

  @Inject OrderRepository orders;
  @Inject OrderService orderService;
  @Inject OrderEvents events;
  @Inject OrderReturns returns;
  @Inject PaymentService payments;
  @Inject PaymentRecords paymentRecords;
  @Inject Clock clock;

  /** The order the caller may see, locked; 404 for one they may not (never 403). */
  private Order visibleForUpdate(String orderId, Caller caller) {
    return orders
        .findForUpdate(orderId)
        .filter(order -> caller.sees(order.customerId()))
        .orElseThrow(NotFoundException::new);
  }

  /**
   * Cancels a just-placed order whose stock could not be held; order.cancelled releases nothing.
   */
  @Transactional
  public void cancelPlaced(String orderId, String reason) {
    Order order = orders.findForUpdate(orderId).orElseThrow();
    if (order.status() == OrderStatus.PENDING_PAYMENT) {
      orderService.move(order, OrderStatus.CANCELLED, OrderService.SYSTEM, reason);
    }
  }

  /**
   * Records a charge of the order's total, PENDING, while the order is locked: the order must await
   * payment and have no charge whose outcome is still open, so that two requests cannot both charge
   * it.
   *
   * @throws ConflictException (409) otherwise
   */
  @Transactional
  public Payment recordCharge(String orderId, Caller caller, Card card) {
    Order order = visibleForUpdate(orderId, caller);
    if (order.status() != OrderStatus.PENDING_PAYMENT) {
      throw new ConflictException(
          "Order "
              + orderId
              + " is "
              + order.status()
              + ": only an order awaiting payment is paid.");
    }
    if (openCharge(orderId).isPresent()) {
      throw new ConflictException(
          "A payment of order " + orderId + " is being settled; look at the order again shortly.");
    }
    return payments.recordCharge(orderId, order.totals().total(), order.currency(), card);
  }

  /** Applies a charge's outcome to its order. */
  @Transactional
  public ChargeEffect applyCharge(String paymentId, String actor) {
    Payment payment = paymentRecords.find(paymentId).orElseThrow();
    Order order = orders.findForUpdate(payment.orderId()).orElseThrow();
    switch (payment.status()) {
      case SUCCEEDED:
        if (order.status() != OrderStatus.PENDING_PAYMENT) {
          if (order.isPaid()) {
            return ChargeEffect.PAID;
          }
          LOG.warning(
              () ->
                  "Charge "
                      + paymentId
                      + " succeeded for order "
                      + order.id()
                      + ", which is "
                      + order.status()
                      + ": the money goes back");
          return ChargeEffect.REFUND_NEEDED;
        }
        orderService.move(order, OrderStatus.PAID, actor, "payment " + paymentId);
        events.paid(order, paymentId, payment.amount(), order.paidAt().orElseThrow());
        return ChargeEffect.PAID;
      case DECLINED:
        if (payment.failureCode().filter("not_received"::equals).isPresent()) {
          return ChargeEffect.NOT_CHARGED;
        }
        if (order.status() == OrderStatus.PENDING_PAYMENT) {
          orderService.move(order, OrderStatus.PAYMENT_FAILED, actor, "payment-declined");
        }
        return ChargeEffect.FAILED;
      default:
        return ChargeEffect.UNKNOWN;
    }
  }

  /**
   * Cancels an order for the caller: an unpaid one is CANCELLED (order.cancelled gives its stock
   * back); a paid one is CANCELLED and its successful charge returned, which the caller then
   * refunds.
   *
   * @return the charge to refund, for a paid order
   * @throws ConflictException (409) when the order cannot be cancelled (shipped, final, or a
   *     payment is being settled)
   */
  @Transactional
  public Optional<Payment> cancel(String orderId, Caller caller, String reason) {
    Order order = visibleForUpdate(orderId, caller);
    if (!order.status().canBecome(OrderStatus.CANCELLED, order.isPaid())) {
      throw new ConflictException(
          "Order " + orderId + " is " + order.status() + " and cannot be cancelled.");
    }
    if (openCharge(orderId).isPresent()) {
      throw new ConflictException(
          "A payment of order " + orderId + " is being settled; cancel once it is.");
    }
    orderService.move(
        order,
        OrderStatus.CANCELLED,
        caller.subject(),
        reason == null || reason.isBlank() ? "cancelled" : reason);
    if (!order.isPaid()) {
      return Optional.empty();
    }
    return successfulCharge(orderId);
  }

  /** Ids of orders awaiting payment past their deadline. */
  @Transactional
  public List<String> overdue(Instant now, int limit) {
    return orders.dueForExpiry(now, limit);
  }

  /** Cancels an order whose payment deadline passed, unless it was paid or is being paid. */
  @Transactional
  public boolean expire(String orderId) {
    Optional<Order> found = orders.findForUpdate(orderId);
    if (found.isEmpty()
        || !found.get().isPaymentOverdue(clock.instant())
        || openCharge(orderId).isPresent()) {
      return false;
    }
    orderService.move(found.get(), OrderStatus.CANCELLED, OrderService.SYSTEM, "payment-expired");
    return true;
  }

  /**
   * Applies a refund's outcome: when it succeeded, the order (CANCELLED after payment, or RETURNED)
   * becomes REFUNDED and order.refunded tells the catalog to restock {@code lines} (when null:
   * every line of the order). The refund of a return restocks the return's lines, once, whether or
   * not an earlier return made the order REFUNDED already.
   *
   * @return whether the order is now REFUNDED
   */
  @Transactional
  public boolean applyRefund(String refundId, String actor, List<OrderEvents.ReturnedLine> lines) {
    Payment refund = paymentRecords.find(refundId).orElseThrow();
    if (refund.status() != PaymentStatus.SUCCEEDED) {
      if (refund.status() == PaymentStatus.DECLINED) {
        LOG.severe(
            () ->
                "Refund "
                    + refundId
                    + " of order "
                    + refund.orderId()
                    + " was declined ("
                    + refund.failureCode().orElse("?")
                    + "): a person has to return the money");
      }
      return false;
    }
    Order order = orders.findForUpdate(refund.orderId()).orElseThrow();
    Optional<OrderReturns.Returned> returned = returns.find(refundId);
    if (returned.isPresent()) {
      return applyReturnRefund(order, refund, returned.get(), actor);
    }
    if (order.status() == OrderStatus.REFUNDED) {
      return true;
    }
    if (!order.status().canBecome(OrderStatus.REFUNDED, order.isPaid())) {
      warnNotRefundable(refundId, order);
      return false;
    }
    orderService.move(order, OrderStatus.REFUNDED, actor, "refund " + refundId);
    List<OrderEvents.ReturnedLine> restocked =
        lines != null ? lines : order.lines().stream().map(OrderSteps::returned).toList();
    events.refunded(order, refundId, refund.amount(), true, restocked, null, clock.instant());
    return true;
  }

  /**
   * A return's refund succeeded: the order becomes REFUNDED unless an earlier return's refund made
   * it so, and order.refunded names this return's lines, once per return.
   */
  private boolean applyReturnRefund(
      Order order, Payment refund, OrderReturns.Returned returned, String actor) {
    if (returned.refundedAt() != null) {
      return true;
    }
    if (order.status() == OrderStatus.RETURNED) {
      orderService.move(order, OrderStatus.REFUNDED, actor, "refund " + refund.id());
    } else if (order.status() != OrderStatus.REFUNDED) {
      warnNotRefundable(refund.id(), order);
      return false;
    }
    Instant now = clock.instant();
    returns.refunded(refund.id(), now);
    events.refunded(
        order, refund.id(), refund.amount(), true, returned.lines(), returned.ticketId(), now);
    return true;
  }

  private static void warnNotRefundable(String refundId, Order order) {
    LOG.warning(
        () ->
            "Refund " + refundId + " succeeded but order " + order.id() + " is " + order.status());
  }

  private static OrderEvents.ReturnedLine returned(OrderLine line) {
    return new OrderEvents.ReturnedLine(line.productId(), line.quantity());
  }

  /** The order's charge whose outcome is not known yet. */
  Optional<Payment> openCharge(String orderId) {
    return paymentRecords.ofOrder(orderId).stream()
        .filter(p -> p.kind() == PaymentKind.CHARGE && !p.status().isSettled())
        .findFirst();
  }

  /** The order's successful charge, if it has one. */
  public Optional<Payment> successfulCharge(String orderId) {
    return paymentRecords.ofOrder(orderId).stream()
        .filter(p -> p.kind() == PaymentKind.CHARGE && p.status() == PaymentStatus.SUCCEEDED)
        .findFirst();
  }

  /** The amount a successful charge has left to refund. */
  public BigDecimal refundable(Payment charge) {
    BigDecimal refunded =
        paymentRecords.ofOrder(charge.orderId()).stream()
            .filter(
                p ->
                    p.kind() == PaymentKind.REFUND
                        && (p.status() == PaymentStatus.SUCCEEDED || !p.status().isSettled()))
            .map(Payment::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return charge.amount().subtract(refunded);
  }
}
