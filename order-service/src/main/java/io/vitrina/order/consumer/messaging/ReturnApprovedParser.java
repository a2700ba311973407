package io.vitrina.order.consumer.messaging;

import io.vitrina.order.consumer.domain.ReturnApproved;
import io.vitrina.platform.events.EventMessages;
import io.vitrina.platform.events.MalformedEventException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads {@code return.approved} data: {@code {ticketId, orderId, customerId, lines:[{productId,
 * quantity}], approvedAt}}. Anything that breaks that is a {@link MalformedEventException}.
 */
final class ReturnApprovedParser {

  static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  static final Pattern TEXT_ID = Pattern.compile("[\\x21-\\x7E]{1,64}");
  static final int MAX_LINES = 100;

  private ReturnApprovedParser() {}

  static ReturnApproved parse(String id, JsonObject data) {
    String type = ReturnApproved.TYPE;
    String ticketId = EventMessages.text(data, "ticketId", TEXT_ID, type, id);
    String orderId = EventMessages.text(data, "orderId", UUID, type, id);
    String customerId = EventMessages.text(data, "customerId", TEXT_ID, type, id);
    if (!(data.get("lines") instanceof JsonArray array)
        || array.isEmpty()
        || array.size() > MAX_LINES) {
      throw malformed(id, "lines must be 1 to " + MAX_LINES + " objects");
    }
    List<ReturnApproved.Line> lines = new ArrayList<>();
    for (JsonValue value : array) {
      if (!(value instanceof JsonObject line)) {
        throw malformed(id, "every line must be an object");
      }
      if (!(line.get("quantity") instanceof JsonNumber quantity)
          || !quantity.isIntegral()
          || quantity.longValue() < 1
          || quantity.longValue() > 100_000) {
        throw malformed(id, "every line's quantity must be a whole number above 0");
      }
      lines.add(
          new ReturnApproved.Line(
              EventMessages.text(line, "productId", UUID, type, id), quantity.intValue()));
    }
    Instant approvedAt;
    try {
      approvedAt = Instant.parse(EventMessages.text(data, "approvedAt", TEXT_ID, type, id));
    } catch (DateTimeParseException e) {
      throw malformed(id, "approvedAt is not an RFC 3339 UTC time");
    }
    return new ReturnApproved(id, ticketId, orderId, customerId, lines, approvedAt);
  }

  private static MalformedEventException malformed(String id, String problem) {
    return new MalformedEventException(ReturnApproved.TYPE + " " + id + ": " + problem);
  }
}
