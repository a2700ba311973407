package io.vitrina.support.context.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

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

  /**
   * The statuses of an order whose goods reached the customer: DELIVERED, and those a return of it
   * leads to. REFUNDED also follows a cancellation after payment, so see {@link #delivered()}.
   */
  public static final Set<String> DELIVERED_OR_AFTER =
      Set.of(DELIVERED, "RETURN_REQUESTED", "RETURNED", "REFUNDED");

  /** A product the order bought and how many units. */
  public record Line(String productId, String sku, int quantity, BigDecimal unitPrice) {}

  public OrderFacts {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  /**
   * Whether the goods reached the customer: a status of {@link #DELIVERED_OR_AFTER}, and for a
   * REFUNDED order a known delivery (a paid order cancelled before delivery is REFUNDED too).
   */
  public boolean delivered() {
    return DELIVERED_OR_AFTER.contains(status)
        && (deliveredAt != null || !"REFUNDED".equals(status));
  }

  /** How many units of a product the order bought; 0 for a product it did not. */
  public int bought(String productId) {
    return lines.stream()
        .filter(l -> l.productId().equals(productId))
        .mapToInt(Line::quantity)
        .sum();
  }
}
