package io.vitrina.order.order.domain;

import io.vitrina.order.pricing.PricingPolicy;
import io.vitrina.order.pricing.Totals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Places orders at the prices of their lines and moves them through their statuses. Checkout, which
 * will call it, comes with the order API.
 */
@ApplicationScoped
public class OrderService {

  @Inject OrderRepository orders;
  @Inject PricingPolicy pricing;
  @Inject Clock clock;

  /** Places an order for a customer; its totals follow the pricing policy. */
  @Transactional
  public Order place(String customerId, String currency, List<OrderLineDraft> lines, String actor) {
    Totals totals = pricing.price(lines.stream().map(OrderLineDraft::priced).toList(), currency);
    Order order = Order.place(customerId, currency, lines, totals, actor, clock.instant());
    orders.add(order);
    return order;
  }

  /**
   * Moves an order to another status.
   *
   * @throws io.vitrina.platform.problem.ConflictException when the move is not allowed
   */
  @Transactional
  public Optional<Order> moveTo(String orderId, OrderStatus target, String actor, String reason) {
    Optional<Order> found = orders.findForUpdate(orderId);
    found.ifPresent(order -> order.moveTo(target, actor, reason, clock.instant()));
    return found;
  }

  @Transactional
  public Optional<Order> find(String orderId) {
    return orders.find(orderId);
  }

  @Transactional
  public List<OrderStatusChange> history(String orderId) {
    return orders.history(orderId);
  }
}
