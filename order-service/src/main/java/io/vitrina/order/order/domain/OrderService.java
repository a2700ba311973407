package io.vitrina.order.order.domain;

import io.vitrina.order.pricing.PricingPolicy;
import io.vitrina.order.pricing.Totals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Places orders at the prices of their lines and moves them through their statuses, publishing the
 * order events in the same transaction as each change: {@code order.placed} for a new order, {@code
 * order.status-changed} for every move, and {@code order.cancelled} for every cancellation (also
 * the failed payment, which gives the reserved stock back just the same).
 */
@ApplicationScoped
public class OrderService {

  /** Who the history names for what schedules and consumers do. */
  public static final String SYSTEM = "system";

  @Inject OrderRepository orders;
  @Inject OrderEvents events;
  @Inject PricingPolicy pricing;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "vitrina.orders.payment-window", defaultValue = "PT30M")
  Duration paymentWindow;

  /** Places an order for a customer; its totals follow the pricing policy. */
  @Transactional
  public Order place(String customerId, String currency, List<OrderLineDraft> lines, String actor) {
    return place(customerId, currency, lines, null, actor);
  }

  /**
   * Places an order awaiting payment within {@code vitrina.orders.payment-window}, shipping to an
   * address, and publishes {@code order.placed}.
   */
  @Transactional
  public Order place(
      String customerId,
      String currency,
      List<OrderLineDraft> lines,
      ShippingAddress shippingAddress,
      String actor) {
    return place(customerId, currency, lines, shippingAddress, actor, placed -> {});
  }

  /**
   * Places an order as {@link #place(String, String, List, ShippingAddress, String)} does, and lets
   * the caller record what goes with it (the idempotency key that placed it) in the same
   * transaction: both commit, or neither.
   */
  @Transactional
  public Order place(
      String customerId,
      String currency,
      List<OrderLineDraft> lines,
      ShippingAddress shippingAddress,
      String actor,
      Consumer<Order> alsoInTransaction) {
    Totals totals = pricing.price(lines.stream().map(OrderLineDraft::priced).toList(), currency);
    Instant now = clock.instant();
    Order order =
        Order.place(
            customerId, currency, lines, totals, shippingAddress, paymentDueBy(now), actor, now);
    orders.add(order);
    events.placed(order);
    alsoInTransaction.accept(order);
    return order;
  }

  /** The payment deadline of an order placed at {@code placedAt}. */
  public Instant paymentDueBy(Instant placedAt) {
    return placedAt.plus(paymentWindow);
  }

  /**
   * Moves an order to another status and publishes {@code order.status-changed}; a move to
   * CANCELLED or PAYMENT_FAILED also publishes {@code order.cancelled} with the reason.
   *
   * @throws io.vitrina.platform.problem.ConflictException when the move is not allowed
   */
  @Transactional
  public Optional<Order> moveTo(String orderId, OrderStatus target, String actor, String reason) {
    Optional<Order> found = orders.findForUpdate(orderId);
    found.ifPresent(order -> move(order, target, actor, reason));
    return found;
  }

  /**
   * Moves an order the caller holds (locked, in the caller's transaction) and publishes the events
   * of the move.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public OrderStatusChange move(Order order, OrderStatus target, String actor, String reason) {
    OrderStatusChange change = order.moveTo(target, actor, reason, clock.instant());
    events.statusChanged(order, change);
    if (target == OrderStatus.CANCELLED || target == OrderStatus.PAYMENT_FAILED) {
      events.cancelled(order, reason, change.changedAt());
    }
    return change;
  }

  @Transactional
  public Optional<Order> find(String orderId) {
    return orders.find(orderId);
  }

  @Transactional
  public List<OrderStatusChange> history(String orderId) {
    return orders.history(orderId);
  }

  @Transactional
  public OrderRepository.Page search(OrderQuery query) {
    return orders.search(query);
  }
}
