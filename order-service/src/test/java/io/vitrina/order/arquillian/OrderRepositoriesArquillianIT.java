package io.vitrina.order.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.order.cart.domain.Cart;
import io.vitrina.order.cart.domain.CartStore;
import io.vitrina.order.cart.domain.ListedProduct;
import io.vitrina.order.order.domain.Order;
import io.vitrina.order.order.domain.OrderLineDraft;
import io.vitrina.order.order.domain.OrderService;
import io.vitrina.order.order.domain.OrderStatus;
import io.vitrina.order.order.domain.OrderStatusChange;
import io.vitrina.order.payment.domain.Card;
import io.vitrina.order.payment.domain.Payment;
import io.vitrina.order.payment.domain.PaymentKind;
import io.vitrina.order.payment.domain.PaymentRecords;
import io.vitrina.order.payment.domain.PaymentService;
import io.vitrina.order.payment.domain.PaymentStatus;
import io.vitrina.platform.problem.ConflictException;
import io.vitrina.platform.problem.UnprocessableException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Carts, orders and payments through their services and JPA repositories on the real database. */
@ExtendWith(ArquillianExtension.class)
class OrderRepositoriesArquillianIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.orderService(OrderRepositoriesArquillianIT.class);
  }

  @Inject CartStore carts;
  @Inject OrderService orders;
  @Inject PaymentService payments;
  @Inject PaymentRecords paymentRecords;

  private static String id() {
    return UUID.randomUUID().toString();
  }

  private static ListedProduct product(String price) {
    String id = id();
    return new ListedProduct(
        id, "SKU-" + id.substring(0, 8), "Product", new BigDecimal(price), "EUR");
  }

  private Order placeOrder() {
    return orders.place(
        "customer-" + id(),
        "EUR",
        List.of(
            new OrderLineDraft(id(), "SKU-A", "A", 3, new BigDecimal("19.99")),
            new OrderLineDraft(id(), "SKU-B", "B", 1, new BigDecimal("0.05"))),
        "arquillian");
  }

  @Test
  void shouldKeepCartLinesWithExactPricesAcrossTransactions() {
    String customer = "customer-" + id();
    ListedProduct first = product("19.99");
    ListedProduct second = product("0.01");
    carts.put(customer, first, 2, 50);
    carts.put(customer, second, 100, 50);

    Cart stored = carts.find(customer).orElseThrow();
    assertEquals(
        List.of(first.id(), second.id()), stored.lines().stream().map(l -> l.productId()).toList());
    assertEquals(new BigDecimal("19.99"), stored.line(first.id()).orElseThrow().unitPrice());
    assertEquals(100, stored.line(second.id()).orElseThrow().quantity());

    assertTrue(carts.changeQuantity(customer, first.id(), 7));
    assertTrue(carts.remove(customer, second.id()));
    assertFalse(carts.remove(customer, second.id()));
    Cart after = carts.find(customer).orElseThrow();
    assertEquals(1, after.lines().size());
    assertEquals(7, after.line(first.id()).orElseThrow().quantity());

    carts.clear(customer);
    assertTrue(carts.find(customer).orElseThrow().lines().isEmpty());
  }

  @Test
  void shouldKeepEachCustomersCartApart() {
    String one = "customer-" + id();
    String other = "customer-" + id();
    carts.put(one, product("1.00"), 1, 50);
    assertTrue(carts.find(other).isEmpty());
    assertFalse(carts.remove(other, carts.find(one).orElseThrow().lines().get(0).productId()));
    assertEquals(1, carts.find(one).orElseThrow().lines().size());
  }

  @Test
  void shouldEnforceLineLimitInTheStoredCart() {
    String customer = "customer-" + id();
    carts.put(customer, product("1.00"), 1, 2);
    carts.put(customer, product("1.00"), 1, 2);
    assertThrows(UnprocessableException.class, () -> carts.put(customer, product("1.00"), 1, 2));
    assertEquals(2, carts.find(customer).orElseThrow().lines().size());
  }

  @Test
  void shouldStoreOrderWithSnapshotTotalsAndFullHistory() {
    Order placed = placeOrder();
    orders.moveTo(placed.id(), OrderStatus.PAID, "order-service", "payment 1").orElseThrow();
    orders.moveTo(placed.id(), OrderStatus.CANCELLED, "customer", "too slow").orElseThrow();
    orders.moveTo(placed.id(), OrderStatus.REFUNDED, "order-service", "refund 1").orElseThrow();

    Order stored = orders.find(placed.id()).orElseThrow();
    assertEquals(OrderStatus.REFUNDED, stored.status());
    assertEquals(new BigDecimal("60.02"), stored.totals().subtotal());
    assertEquals(new BigDecimal("0.00"), stored.totals().shipping());
    assertEquals(new BigDecimal("12.60"), stored.totals().tax());
    assertEquals(new BigDecimal("72.62"), stored.totals().total());
    assertEquals(new BigDecimal("59.97"), stored.lines().get(0).lineTotal());
    assertTrue(stored.paidAt().isPresent());

    List<OrderStatusChange> history = orders.history(placed.id());
    assertEquals(4, history.size());
    assertNull(history.get(0).from());
    assertEquals(OrderStatus.PENDING_PAYMENT, history.get(0).to());
    assertEquals(OrderStatus.CANCELLED, history.get(3).from());
    assertEquals(OrderStatus.REFUNDED, history.get(3).to());
    assertEquals("refund 1", history.get(3).reason());
    assertEquals("customer", history.get(2).actor());
  }

  @Test
  void shouldRefuseIllegalMoveAndLeaveOrderAndHistoryUntouched() {
    Order placed = placeOrder();
    assertThrows(
        ConflictException.class,
        () -> orders.moveTo(placed.id(), OrderStatus.DELIVERED, "admin", null));
    assertEquals(OrderStatus.PENDING_PAYMENT, orders.find(placed.id()).orElseThrow().status());
    assertEquals(1, orders.history(placed.id()).size());
  }

  @Test
  void shouldRecordApprovedAndDeclinedChargesAndRefund() {
    Order order = placeOrder();
    BigDecimal total = order.totals().total();

    Payment approved = payments.charge(order.id(), total, "EUR", new Card("4242424242424242"));
    assertEquals(PaymentStatus.SUCCEEDED, approved.status());
    assertTrue(approved.providerReference().orElseThrow().startsWith("sim_ch_"));
    assertEquals("4242", approved.cardLast4().orElseThrow());

    Payment declined = payments.charge(order.id(), total, "EUR", new Card("4000000000000002"));
    assertEquals(PaymentStatus.DECLINED, declined.status());
    assertEquals("card_declined", declined.failureCode().orElseThrow());

    Payment refund = payments.refund(approved.id(), new BigDecimal("10.00"));
    assertEquals(PaymentKind.REFUND, refund.kind());
    assertEquals(PaymentStatus.SUCCEEDED, refund.status());

    List<Payment> recorded = paymentRecords.ofOrder(order.id());
    assertEquals(3, recorded.size());
    assertEquals(total, recorded.get(0).amount());
    assertEquals(PaymentStatus.SUCCEEDED, payments.reconcile(approved.id()).orElseThrow().status());
  }
}
