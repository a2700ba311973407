package io.vitrina.support.context.messaging;

import io.vitrina.platform.events.EventMessages;
import io.vitrina.platform.events.MalformedEventException;
import io.vitrina.support.context.domain.OrderEvent;
import io.vitrina.support.context.domain.OrderSnapshot;
import io.vitrina.support.context.domain.OrderSnapshotLine;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads order-service's events (see contracts/): {@code order.placed}, {@code order.paid}, {@code
 * order.cancelled}, {@code order.status-changed} and {@code order.refunded} (with an optional
 * {@code ticketId}). Anything that breaks them is a {@link MalformedEventException}.
 */
final class OrderEventParser {

  static final Pattern UUID = UserEventParser.UUID;
  static final Pattern TEXT_ID = Pattern.compile("[\\x21-\\x7E]{1,64}");
  static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  static final int MAX_LINES = 200;

  private OrderEventParser() {}

  static OrderEvent parse(String id, String type, Instant time, JsonObject data) {
    String orderId = EventMessages.text(data, "orderId", UUID, type, id);
    String customerId = EventMessages.text(data, "customerId", TEXT_ID, type, id);
    return switch (type) {
      case OrderEvent.PLACED ->
          new OrderEvent(
              id,
              type,
              time,
              orderId,
              customerId,
              null,
              lines(data, type, id),
              amount(data, "total", type, id),
              EventMessages.text(data, "currency", CURRENCY, type, id),
              EventMessages.instant(data, "placedAt", type, id),
              null);
      case OrderEvent.PAID ->
          simple(id, type, time, orderId, customerId, null, data, "paidAt", null);
      case OrderEvent.CANCELLED ->
          simple(id, type, time, orderId, customerId, null, data, "cancelledAt", null);
      case OrderEvent.STATUS_CHANGED -> {
        String to = EventMessages.text(data, "to", EventMessages.ANY, type, id);
        if (!OrderSnapshot.RANK.contains(to)) {
          throw new MalformedEventException(type + " " + id + ": to is not an order status");
        }
        yield simple(id, type, time, orderId, customerId, to, data, "changedAt", null);
      }
      case OrderEvent.REFUNDED ->
          simple(
              id,
              type,
              time,
              orderId,
              customerId,
              null,
              data,
              "refundedAt",
              EventMessages.optionalText(data, "ticketId", TEXT_ID, type, id));
      default -> throw new MalformedEventException(type + " " + id + ": not an order event");
    };
  }

  private static OrderEvent simple(
      String id,
      String type,
      Instant time,
      String orderId,
      String customerId,
      String status,
      JsonObject data,
      String at,
      String ticketId) {
    return new OrderEvent(
        id,
        type,
        time,
        orderId,
        customerId,
        status,
        List.of(),
        null,
        null,
        EventMessages.instant(data, at, type, id),
        ticketId);
  }

  private static List<OrderSnapshotLine> lines(JsonObject data, String type, String id) {
    if (!(data.get("lines") instanceof JsonArray array)
        || array.isEmpty()
        || array.size() > MAX_LINES) {
      throw new MalformedEventException(
          type + " " + id + ": lines must be 1 to " + MAX_LINES + " objects");
    }
    List<OrderSnapshotLine> lines = new ArrayList<>();
    for (JsonValue value : array) {
      if (!(value instanceof JsonObject line)) {
        throw new MalformedEventException(type + " " + id + ": every line must be an object");
      }
      if (!(line.get("quantity") instanceof JsonNumber quantity)
          || !quantity.isIntegral()
          || quantity.longValue() < 1
          || quantity.longValue() > 100_000) {
        throw new MalformedEventException(
            type + " " + id + ": every line's quantity must be a whole number above 0");
      }
      lines.add(
          new OrderSnapshotLine(
              EventMessages.text(line, "productId", UUID, type, id),
              EventMessages.text(line, "sku", TEXT_ID, type, id),
              quantity.intValue(),
              amount(line, "unitPrice", type, id)));
    }
    if (lines.stream().map(OrderSnapshotLine::productId).distinct().count() != lines.size()) {
      throw new MalformedEventException(type + " " + id + ": a product on two lines");
    }
    return lines;
  }

  private static BigDecimal amount(JsonObject data, String name, String type, String id) {
    if (data.get(name) instanceof JsonNumber number && number.bigDecimalValue().signum() >= 0) {
      return number.bigDecimalValue();
    }
    throw new MalformedEventException(type + " " + id + ": " + name + " must be a number >= 0");
  }
}
