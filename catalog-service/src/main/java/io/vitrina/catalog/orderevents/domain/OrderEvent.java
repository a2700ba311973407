package io.vitrina.catalog.orderevents.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The order events catalog-service reacts to, as far as it needs them: its own copy of
 * order-service's contract, not a shared type. {@code id} is the CloudEvents id, the key of
 * deduplication.
 */
public sealed interface OrderEvent {

  String PAID = "order.paid";
  String CANCELLED = "order.cancelled";
  String REFUNDED = "order.refunded";

  /** Every type order-service publishes; catalog reacts to three of them. */
  Set<String> CONTRACT_TYPES =
      Set.of("order.placed", PAID, CANCELLED, "order.status-changed", REFUNDED);

  String id();

  String type();

  String orderId();

  /** {@code order.paid}: the order's reservation becomes a sale. */
  record OrderPaid(String id, String orderId) implements OrderEvent {
    public OrderPaid {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(orderId, "orderId");
    }

    @Override
    public String type() {
      return PAID;
    }
  }

  /** {@code order.cancelled}: the order's held stock is given back. */
  record OrderCancelled(String id, String orderId, String reason) implements OrderEvent {
    public OrderCancelled {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(orderId, "orderId");
    }

    @Override
    public String type() {
      return CANCELLED;
    }
  }

  /** {@code order.refunded}: with {@code restock}, the lines' units go back on hand. */
  record OrderRefunded(
      String id, String orderId, String refundId, boolean restock, List<RefundedLine> lines)
      implements OrderEvent {
    public OrderRefunded {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(orderId, "orderId");
      Objects.requireNonNull(refundId, "refundId");
      lines = List.copyOf(lines);
    }

    @Override
    public String type() {
      return REFUNDED;
    }
  }

  /** A quantity of one product an order gave back. */
  record RefundedLine(String productId, int quantity) {
    public RefundedLine {
      Objects.requireNonNull(productId, "productId");
      if (quantity <= 0) {
        throw new IllegalArgumentException("quantity must be greater than 0");
      }
    }
  }
}
