package io.vitrina.order.report.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An order whose payment was captured, as the sales report reads it: plain values, no entity.
 *
 * @param paidAt when the payment was captured, UTC wall time
 * @param refunded whether the order has since been refunded (status REFUNDED)
 * @param lines the lines at the prices they were sold at
 */
public record PaidOrder(
    String id, LocalDateTime paidAt, String currency, boolean refunded, List<Line> lines) {

  public PaidOrder {
    lines = List.copyOf(lines);
  }

  /** One line of a paid order. */
  public record Line(
      String productId, String sku, String name, int quantity, BigDecimal lineTotal) {}
}
