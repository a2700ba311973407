package io.vitrina.catalog.orderevents.messaging;

import io.vitrina.catalog.orderevents.domain.OrderEvent;
import io.vitrina.catalog.orderevents.domain.OrderEvent.OrderCancelled;
import io.vitrina.catalog.orderevents.domain.OrderEvent.OrderPaid;
import io.vitrina.catalog.orderevents.domain.OrderEvent.OrderRefunded;
import io.vitrina.catalog.orderevents.domain.OrderEvent.RefundedLine;
import io.vitrina.catalog.reservation.domain.ReservationLines;
import io.vitrina.platform.events.EventMessages;
import io.vitrina.platform.events.MalformedEventException;
import jakarta.jms.Message;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the order events catalog reacts to off their messages (the CloudEvents id and the JSON
 * data, through the platform's {@link EventMessages}), checking only what the reactions use.
 * Anything that breaks the contract is a {@link MalformedEventException}.
 */
final class OrderEventParser {

  /** The event types with a reaction; any other type is taken off the topic and ignored. */
  static final Set<String> HANDLED =
      Set.of(OrderEvent.PAID, OrderEvent.CANCELLED, OrderEvent.REFUNDED);

  /** As long as a reservation's order id may be. */
  private static final Pattern ORDER_ID = Pattern.compile("[\\x21-\\x7E]{1,64}");

  private static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(ReservationLines.MAX_QUANTITY);

  private static final Pattern PRODUCT_ID = Pattern.compile("[0-9a-fA-F-]{36}");

  private OrderEventParser() {}

  static boolean handles(String type) {
    return type != null && HANDLED.contains(type);
  }

  /**
   * @param type one of {@link #HANDLED}
   * @throws MalformedEventException when the id or the data break the contract
   */
  static OrderEvent parse(Message message, String type) {
    String id = EventMessages.id(message, type);
    JsonObject data = EventMessages.data(message, type, id);
    String orderId = EventMessages.text(data, "orderId", ORDER_ID, type, id);
    switch (type) {
      case OrderEvent.PAID:
        return new OrderPaid(id, orderId);
      case OrderEvent.CANCELLED:
        return new OrderCancelled(id, orderId, optionalText(data, "reason"));
      case OrderEvent.REFUNDED:
        return refunded(data, id, orderId);
      default:
        throw new IllegalArgumentException("not an order event catalog handles: " + type);
    }
  }

  private static OrderRefunded refunded(JsonObject data, String id, String orderId) {
    String type = OrderEvent.REFUNDED;
    String refundId = EventMessages.text(data, "refundId", ORDER_ID, type, id);
    JsonValue restock = data.get("restock");
    if (restock != JsonValue.TRUE && restock != JsonValue.FALSE) {
      throw malformed(type, id, "restock must be true or false");
    }
    List<RefundedLine> lines = new ArrayList<>();
    JsonValue rawLines = data.get("lines");
    if (rawLines instanceof JsonArray array) {
      if (array.size() > ReservationLines.MAX_LINES) {
        throw malformed(type, id, "more than " + ReservationLines.MAX_LINES + " lines");
      }
      for (JsonValue value : array) {
        if (!(value instanceof JsonObject line)) {
          throw malformed(type, id, "every line must be an object");
        }
        lines.add(
            new RefundedLine(
                EventMessages.text(line, "productId", PRODUCT_ID, type, id),
                quantity(line, type, id)));
      }
    } else if (restock == JsonValue.TRUE) {
      throw malformed(type, id, "a restock needs its lines");
    }
    return new OrderRefunded(id, orderId, refundId, restock == JsonValue.TRUE, lines);
  }

  private static int quantity(JsonObject line, String type, String id) {
    if (line.get("quantity") instanceof JsonNumber number
        && number.isIntegral()
        && number.bigDecimalValue().signum() > 0
        && number.bigDecimalValue().compareTo(MAX_QUANTITY) <= 0) {
      return number.intValue();
    }
    throw malformed(
        type,
        id,
        "every line's quantity must be a whole number from 1 to " + ReservationLines.MAX_QUANTITY);
  }

  /** An optional text that informs only: one that is not a string is taken as none. */
  private static String optionalText(JsonObject data, String name) {
    return data.get(name) instanceof JsonString string ? string.getString() : null;
  }

  private static MalformedEventException malformed(String type, String id, String problem) {
    return new MalformedEventException(type + " " + id + ": " + problem);
  }
}
