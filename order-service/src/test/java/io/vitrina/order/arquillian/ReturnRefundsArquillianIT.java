package io.vitrina.order.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.order.checkout.OrderPayments;
import io.vitrina.order.checkout.OrderSteps;
import io.vitrina.order.consumer.domain.ReturnApproved;
import io.vitrina.order.consumer.domain.ReturnReactions;
import io.vitrina.order.order.domain.Order;
import io.vitrina.order.order.domain.OrderLineDraft;
import io.vitrina.order.order.domain.OrderReturns;
import io.vitrina.order.order.domain.OrderService;
import io.vitrina.order.order.domain.OrderStatus;
import io.vitrina.order.payment.domain.Card;
import io.vitrina.order.payment.domain.Payment;
import io.vitrina.order.payment.domain.PaymentService;
import io.vitrina.order.payment.domain.PaymentStatus;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Approved returns refunded one after another on the real database and broker: an order comes back
 * in parts, and a refund the provider confirmed just before the service stopped is finished by the
 * reconcile schedule, once.
 */
@ExtendWith(ArquillianExtension.class)
class ReturnRefundsArquillianIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.orderService(ReturnRefundsArquillianIT.class);
  }

  @Inject OrderService orders;
  @Inject OrderSteps steps;
  @Inject OrderPayments orderPayments;
  @Inject PaymentService payments;
  @Inject ReturnReactions reactions;
  @Inject OrderReturns returns;

  private static String id() {
    return UUID.randomUUID().toString();
  }

  /** A paid order of two units of one product, moved on to DELIVERED. */
  private Order deliveredOrder(String product) {
    Order order =
        orders.place(
            "customer-" + id(),
            "EUR",
            List.of(new OrderLineDraft(product, "SKU-R", "R", 2, new BigDecimal("10.00"))),
            "arquillian");
    Payment charge =
        payments.charge(order.id(), order.totals().total(), "EUR", new Card("4242424242424242"));
    assertEquals(OrderSteps.ChargeEffect.PAID, steps.applyCharge(charge.id(), "arquillian"));
    for (OrderStatus next :
        List.of(OrderStatus.FULFILLING, OrderStatus.SHIPPED, OrderStatus.DELIVERED)) {
      orders.moveTo(order.id(), next, "arquillian", null).orElseThrow();
    }
    return orders.find(order.id()).orElseThrow();
  }

  private static ReturnApproved returnOf(Order order, String product, String ticket) {
    return new ReturnApproved(
        id(),
        ticket,
        order.id(),
        order.customerId(),
        List.of(new ReturnApproved.Line(product, 1)),
        Instant.now());
  }

  @Test
  void shouldRefundEachPartOfAnOrderAndFinishARefundConfirmedBeforeAStop() {
    String product = id();
    Order order = deliveredOrder(product);

    Payment first = reactions.accept(returnOf(order, product, "ticket-1")).orElseThrow();
    assertEquals(OrderStatus.RETURNED, orders.find(order.id()).orElseThrow().status());
    // The provider confirms the refund; the service stops before it applies the answer.
    assertEquals(PaymentStatus.SUCCEEDED, payments.submitRefund(first).status());
    assertNull(returns.find(first.id()).orElseThrow().refundedAt());

    orderPayments.reconcile(100);
    Instant refundedAt = returns.find(first.id()).orElseThrow().refundedAt();
    assertNotNull(refundedAt, "the reconcile schedule finished the refund");
    assertEquals(OrderStatus.REFUNDED, orders.find(order.id()).orElseThrow().status());
    orderPayments.reconcile(100);
    assertEquals(refundedAt, returns.find(first.id()).orElseThrow().refundedAt(), "once");

    // The last unit comes back from a REFUNDED order: what is left of the total.
    Payment second = reactions.accept(returnOf(order, product, "ticket-2")).orElseThrow();
    assertEquals(
        order.totals().total().subtract(first.amount()).setScale(2), second.amount().setScale(2));
    assertTrue(reactions.refund(second));
    assertNotNull(returns.find(second.id()).orElseThrow().refundedAt());
    assertEquals("ticket-2", returns.find(second.id()).orElseThrow().ticketId());
    assertEquals(OrderStatus.REFUNDED, orders.find(order.id()).orElseThrow().status());
    assertEquals(2, returns.ofOrder(order.id()).size());

    // Nothing is left: a third return is ignored.
    assertTrue(reactions.accept(returnOf(order, product, "ticket-3")).isEmpty());
    assertEquals(2, returns.ofOrder(order.id()).size());
  }
}
