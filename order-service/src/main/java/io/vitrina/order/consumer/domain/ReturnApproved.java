package io.vitrina.order.consumer.domain;

import java.time.Instant;
import java.util.List;

/** Data of support-service's {@code return.approved}. */
public record ReturnApproved(
    String eventId,
    String ticketId,
    String orderId,
    String customerId,
    List<Line> lines,
    Instant approvedAt) {

  public static final String TYPE = "return.approved";

  /** A product of the order and how many units of it come back. */
  public record Line(String productId, int quantity) {}

  public ReturnApproved {
    lines = List.copyOf(lines);
  }
}
