package io.vitrina.order.order.domain;

import java.time.Instant;
import java.util.Set;

/**
 * Which orders to list, newest first, a page at a time.
 *
 * @param customerId only this customer's orders; null for everyone's
 * @param statuses only orders in one of these statuses; empty for any
 * @param placedFrom placed at or after; null for no lower bound
 * @param placedTo placed before; null for no upper bound
 * @param page from 0
 * @param size 1 to 100
 */
public record OrderQuery(
    String customerId,
    Set<OrderStatus> statuses,
    Instant placedFrom,
    Instant placedTo,
    int page,
    int size) {

  public static final int MAX_SIZE = 100;

  public OrderQuery {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE);
    }
  }

  public int offset() {
    return page * size;
  }
}
