package io.vitrina.order.report.domain;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Reads paid orders with their lines, a page at a time in order of payment, for the sales report.
 * Implementations join the caller's transaction.
 */
public interface PaidOrders {

  /**
   * The next page of orders paid in {@code [start, end)}, in order of (paid at, id).
   *
   * @param after the last order of the previous page, or null for the first page
   */
  List<PaidOrder> page(LocalDateTime start, LocalDateTime end, PaidOrder after, int limit);
}
