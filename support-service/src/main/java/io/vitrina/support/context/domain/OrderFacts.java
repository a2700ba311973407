package io.vitrina.support.context.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as a ticket's context shows it and as return checks read it: live from order-service or
 * from the read model. {@code paymentState} is UNPAID, PAID or REFUNDED. Fields the source does not
 * know (an order.placed not received yet) are null, lines then empty.
 */
public record OrderFacts(
    String id,
    String customerId,
    String status,
    BigDecimal total,
    String currency,
    List<Line> lines,
    String paymentState,
    Instant placedAt,
    Instant deliveredAt,
    boolean refunded) {

  public static final String DELIVERED = "DELIVERED";

  /** A product the order bought and how many units. */
  public record Line(String productId, String sku, int quantity, BigDecimal unitPrice) {}

  public OrderFacts {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  /** How many units of a product the order bought; 0 for a product it did not. */
  public int bought(String productId) {
    return lines.stream()
        .filter(l -> l.productId().equals(productId))
        .mapToInt(Line::quantity)
        .sum();
  }
}
