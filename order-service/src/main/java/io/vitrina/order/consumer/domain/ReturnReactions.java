package io.vitrina.order.consumer.domain;

import io.vitrina.order.checkout.OrderSteps;
import io.vitrina.order.order.domain.Order;
import io.vitrina.order.order.domain.OrderEvents;
import io.vitrina.order.order.domain.OrderRepository;
import io.vitrina.order.order.domain.OrderReturns;
import io.vitrina.order.order.domain.OrderService;
import io.vitrina.order.order.domain.OrderStatus;
import io.vitrina.order.payment.domain.Payment;
import io.vitrina.order.payment.domain.PaymentRecords;
import io.vitrina.order.payment.domain.PaymentService;
import io.vitrina.platform.events.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Refunds an approved return, in two steps so that the provider is never asked inside a
 * transaction. {@link #accept}, in one transaction with the event's processed mark: the order
 * (DELIVERED or RETURN_REQUESTED) becomes RETURNED, and a refund of {@link ReturnRefunds#amount} is
 * recorded PENDING with the returned lines. An order may come back in parts: a later return of
 * units still left finds the order RETURNED or REFUNDED, leaves its status as it is, and is
 * refunded the same way. Then {@link #refund}: the provider is asked, and the order becomes
 * REFUNDED with order.refunded (restock, the returned lines). If the second step does not happen (a
 * crash, a provider that does not answer), the reconcile schedule asks for the recorded refund
 * again and finishes it.
 *
 * <p>An event this service cannot act on — an unknown order, another customer's, an order not
 * delivered, lines it did not buy or that came back already — is logged and ignored: redelivery
 * would not change it.
 */
@ApplicationScoped
public class ReturnReactions {

  private static final Logger LOG = Logger.getLogger(ReturnReactions.class.getName());

  @Inject ProcessedEvents processed;
  @Inject OrderRepository orders;
  @Inject OrderService orderService;
  @Inject OrderSteps steps;
  @Inject OrderReturns returns;
  @Inject PaymentService payments;
  @Inject PaymentRecords paymentRecords;
  @Inject Clock clock;

  /**
   * Marks the event and returns the order; the refund to make, or empty for a duplicate or an event
   * that changes nothing.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Payment> accept(ReturnApproved event) {
    if (!processed.mark(event.eventId(), ReturnApproved.TYPE, clock.instant())) {
      LOG.fine(() -> "Event " + event.eventId() + " was processed before");
      return Optional.empty();
    }
    Optional<Order> found = orders.findForUpdate(event.orderId());
    if (found.isEmpty() || !found.get().customerId().equals(event.customerId())) {
      return ignored(event, "no such order of customer " + event.customerId());
    }
    Order order = found.get();
    List<OrderReturns.Returned> before = returns.ofOrder(order.id());
    if (!returnable(order.status(), !before.isEmpty())) {
      return ignored(event, "the order is " + order.status());
    }
    Optional<Payment> charge = steps.successfulCharge(order.id());
    if (charge.isEmpty()) {
      return ignored(event, "the order has no successful charge");
    }
    Map<String, Integer> returnedBefore = new HashMap<>();
    Set<String> earlierRefunds = new HashSet<>();
    for (OrderReturns.Returned earlier : before) {
      earlier.lines().forEach(l -> returnedBefore.merge(l.productId(), l.quantity(), Integer::sum));
      earlierRefunds.add(earlier.refundId());
    }
    // The order's payments in one read, not one per earlier return.
    BigDecimal refundedBefore =
        before.isEmpty()
            ? BigDecimal.ZERO
            : paymentRecords.ofOrder(order.id()).stream()
                .filter(p -> earlierRefunds.contains(p.id()))
                .map(Payment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    Optional<BigDecimal> amount =
        ReturnRefunds.amount(order, returnedBefore, refundedBefore, event.lines());
    if (amount.isEmpty()) {
      return ignored(event, "its lines are not what is left of the order to return");
    }
    BigDecimal refundable = amount.get().min(steps.refundable(charge.get()));
    if (refundable.signum() <= 0) {
      return ignored(event, "nothing is left of the charge to refund");
    }
    String reason = "return " + event.ticketId();
    if (order.status() == OrderStatus.DELIVERED) {
      orderService.move(order, OrderStatus.RETURN_REQUESTED, OrderService.SYSTEM, reason);
    }
    if (order.status() == OrderStatus.RETURN_REQUESTED) {
      orderService.move(order, OrderStatus.RETURNED, OrderService.SYSTEM, reason);
    }
    Payment refund = payments.recordRefund(charge.get().id(), refundable);
    returns.add(
        refund.id(),
        order.id(),
        event.ticketId(),
        event.lines().stream()
            .map(l -> new OrderEvents.ReturnedLine(l.productId(), l.quantity()))
            .toList(),
        event.approvedAt());
    return Optional.of(refund);
  }

  /** Asks the provider for the refund and applies its answer; outside any transaction. */
  public boolean refund(Payment refund) {
    Payment answered = payments.submitRefund(refund);
    return steps.applyRefund(answered.id(), OrderService.SYSTEM, null);
  }

  /**
   * DELIVERED and RETURN_REQUESTED orders take a return; RETURNED and REFUNDED ones only when an
   * earlier return brought them there (a cancelled order refunded was never delivered).
   */
  static boolean returnable(OrderStatus status, boolean returnedBefore) {
    return switch (status) {
      case DELIVERED, RETURN_REQUESTED -> true;
      case RETURNED, REFUNDED -> returnedBefore;
      default -> false;
    };
  }

  private Optional<Payment> ignored(ReturnApproved event, String why) {
    LOG.warning(
        () ->
            "Ignored return.approved "
                + event.eventId()
                + " (ticket "
                + event.ticketId()
                + ") for order "
                + event.orderId()
                + ": "
                + why);
    return Optional.empty();
  }
}
