package io.vitrina.order.order.api;

import io.vitrina.order.order.domain.OrderStatusChange;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step of an order's history; {@code from} is null for the status it was placed in. */
@Schema(name = "OrderHistoryEntry")
public record HistoryEntry(String from, String to, String actor, Instant at, String reason) {

  static HistoryEntry of(OrderStatusChange change) {
    return new HistoryEntry(
        change.from() == null ? null : change.from().name(),
        change.to().name(),
        change.actor(),
        change.changedAt(),
        change.reason());
  }
}
