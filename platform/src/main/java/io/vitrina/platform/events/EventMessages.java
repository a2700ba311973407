package io.vitrina.platform.events;

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

/**
 * Reading a consumed event's CloudEvents attributes and JSON data off a JMS message, each checked:
 * what breaks the contract is a {@link MalformedEventException} naming the event's type and id, so
 * that a dead letter says why it is one. A JMS failure reading the message is not the event's fault
 * and is an {@link IllegalStateException}.
 */
public final class EventMessages {

  public static final String CE_ID = CloudEventAttributes.ID;
  public static final String CE_TYPE = CloudEventAttributes.TYPE;
  public static final String CE_TIME = CloudEventAttributes.TIME;

  /** Any text of up to 1000 characters: for fields whose form a parser checks itself. */
  public static final Pattern ANY = Pattern.compile("(?s).{1,1000}");

  /** Printable ASCII: the dedupe key is an ASCII column of 200 ({@code processed_events}). */
  private static final Pattern EVENT_ID = Pattern.compile("[\\x21-\\x7E]{1,200}");

  private EventMessages() {}

  /** A string property of the message, or null when it has none. */
  public static String property(Message message, String name) {
    try {
      return message.getStringProperty(name);
    } catch (JMSException e) {
      throw new IllegalStateException("Could not read the message property " + name, e);
    }
  }

  /** The event's type ({@code ce_type}), or null when it has none. */
  public static String type(Message message) {
    return property(message, CE_TYPE);
  }

  /** The event's id ({@code ce_id}), checked: the key it is deduplicated by. */
  public static String id(Message message, String type) {
    String id = property(message, CE_ID);
    if (id == null || !EVENT_ID.matcher(id).matches()) {
      throw new MalformedEventException(type + " without a valid ce_id");
    }
    return id;
  }

  /** The event's CloudEvents time ({@code ce_time}): what orders the events of one aggregate. */
  public static Instant time(Message message, String type, String id) {
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

  /** The event's data: the body of a {@link TextMessage}, a JSON object. */
  public static JsonObject data(Message message, String type, String id) {
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

  /** A text of the data that must be there and match. */
  public static String text(JsonObject data, String name, Pattern pattern, String type, String id) {
    if (data.get(name) instanceof JsonString string
        && pattern.matcher(string.getString()).matches()) {
      return string.getString();
    }
    throw new MalformedEventException(type + " " + id + ": " + name + " is missing or not valid");
  }

  /** An optional text of the data: null when absent or null, else it must match. */
  public static String optionalText(
      JsonObject data, String name, Pattern pattern, String type, String id) {
    return data.containsKey(name) && !data.isNull(name)
        ? text(data, name, pattern, type, id)
        : null;
  }

  /** An RFC 3339 UTC time of the data. */
  public static Instant instant(JsonObject data, String name, String type, String id) {
    try {
      return Instant.parse(text(data, name, ANY, type, id));
    } catch (DateTimeParseException e) {
      throw new MalformedEventException(type + " " + id + ": " + name + " is not an RFC 3339 time");
    }
  }
}
