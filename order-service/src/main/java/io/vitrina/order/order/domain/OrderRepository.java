package io.vitrina.order.order.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where orders are kept. Implementations join the caller's transaction. */
public interface OrderRepository {

  /** One page of orders and how many match in all. */
  record Page(List<Order> orders, long total) {}

  void add(Order order);

  Optional<Order> find(String id);

  /** The order, locked until the transaction ends: status changes of one order are serialised. */
  Optional<Order> findForUpdate(String id);

  /** An order's status history, oldest first. */
  List<OrderStatusChange> history(String orderId);

  /** The orders matching the query, newest first. */
  Page search(OrderQuery query);

  /** Ids of at most {@code limit} orders awaiting payment whose deadline is before {@code now}. */
  List<String> dueForExpiry(Instant now, int limit);

  /** Ids of every order of a customer. */
  List<String> idsOfCustomer(String customerId);
}
