package io.vitrina.support.context.domain;

import java.util.Optional;

/** The customer and order snapshots. */
public interface ReadModelRepository {

  Optional<CustomerSnapshot> customer(String id);

  /** The customer's snapshot, locked until the transaction ends. */
  Optional<CustomerSnapshot> customerForUpdate(String id);

  void add(CustomerSnapshot customer);

  Optional<OrderSnapshot> order(String id);

  /** The order's snapshot, locked until the transaction ends. */
  Optional<OrderSnapshot> orderForUpdate(String id);

  void add(OrderSnapshot order);
}
