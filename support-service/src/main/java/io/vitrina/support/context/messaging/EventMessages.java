package io.vitrina.support.context.messaging;

import io.vitrina.support.context.domain.MalformedEventException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Reading CloudEvents attributes and JSON data off a JMS message. */
final class EventMessages {

  static final String CE_ID = "ce_id";
  static final String CE_TYPE = "ce_type";
  static final String CE_TIME = "ce_time";

  /** Printable ASCII: the dedupe key is an ASCII column of 200. */
  private static final Pattern EVENT_ID = Pattern.compile("[\\x21-\\x7E]{1,200}");

  static final Pattern ANY = Pattern.compile("(?s).{1,1000}");

  private EventMessages() {}

  static String property(Message message, String name) {
    try {
      return message.getStringProperty(name);
    } catch (JMSException e) {
      throw new IllegalStateException("Could not read the message property " + name, e);
    }
  }

  /** The event's id, checked. */
  static String id(Message message, String type) {
    String id = property(message, CE_ID);
    if (id == null || !EVENT_ID.matcher(id).matches()) {
      throw new MalformedEventException(type + " without a valid ce_id");
    }
    return id;
  }

  /** The event's data, a JSON object. */
  static JsonObject data(Message message, String type, String id) {
    if (!(message instanceof TextMessage text)) {
      throw new MalformedEventException(type + " " + id + ": not a JMS TextMessage");
    }
    String body;
    try {
      body = text.getText();
    } catch (JMSException e) {
      throw new IllegalStateException("Could not read the body of event " + id, e);
    }
    if (body == null) {
      throw new MalformedEventException(type + " " + id + ": no body");
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      if (value instanceof JsonObject object) {
        return object;
      }
      throw new MalformedEventException(type + " " + id + ": the body is not a JSON object");
    } catch (JsonException e) {
      throw new MalformedEventException(type + " " + id + ": the body is not JSON", e);
    }
  }

  /** The event's CloudEvents time: what orders the events of one customer or order. */
  static Instant time(Message message, String type, String id) {
    String time = property(message, CE_TIME);
    if (time == null) {
      throw new MalformedEventException(type + " " + id + ": no ce_time");
    }
    try {
      return Instant.parse(time);
    } catch (DateTimeParseException e) {
      throw new MalformedEventException(type + " " + id + ": ce_time is not an RFC 3339 time", e);
    }
  }

  /** An RFC 3339 UTC time of the data. */
  static Instant instant(JsonObject data, String name, String type, String id) {
    try {
      return Instant.parse(text(data, name, ANY, type, id));
    } catch (DateTimeParseException e) {
      throw new MalformedEventException(type + " " + id + ": " + name + " is not an RFC 3339 time");
    }
  }

  /** An optional text: null when absent, else it must match. */
  static String optionalText(
      JsonObject data, String name, Pattern pattern, String type, String id) {
    return data.containsKey(name) && !data.isNull(name)
        ? text(data, name, pattern, type, id)
        : null;
  }

  static String text(JsonObject data, String name, Pattern pattern, String type, String id) {
    if (data.get(name) instanceof JsonString string
        && pattern.matcher(string.getString()).matches()) {
      return string.getString();
    }
    throw new MalformedEventException(type + " " + id + ": " + name + " is missing or not valid");
  }
}
