package io.vitrina.order.order.domain;

import java.util.List;
import java.util.Optional;

/** Where orders are kept. Implementations join the caller's transaction. */
public interface OrderRepository {

  void add(Order order);

  Optional<Order> find(String id);

  /** The order, locked until the transaction ends: status changes of one order are serialised. */
  Optional<Order> findForUpdate(String id);

  /** An order's status history, oldest first. */
  List<OrderStatusChange> history(String orderId);
}
