package io.vitrina.order.consumer.messaging;

import io.vitrina.order.consumer.domain.MalformedEventException;
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
import java.util.regex.Pattern;

/** Reading CloudEvents attributes and JSON data off a JMS message. */
final class EventMessages {

  static final String CE_ID = "ce_id";
  static final String CE_TYPE = "ce_type";

  /** Printable ASCII: the dedupe key is an ASCII column of 200. */
  private static final Pattern EVENT_ID = Pattern.compile("[\\x21-\\x7E]{1,200}");

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

  static String text(JsonObject data, String name, Pattern pattern, String type, String id) {
    if (data.get(name) instanceof JsonString string
        && pattern.matcher(string.getString()).matches()) {
      return string.getString();
    }
    throw new MalformedEventException(type + " " + id + ": " + name + " is missing or not valid");
  }
}
