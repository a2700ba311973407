package io.vitrina.catalog.report.api;

import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Reads a JSON {@code true} or {@code false} and nothing else. JSON-B on its own reads any string
 * as a boolean ({@code "maybe"} as false), which would quietly turn a mistaken filter into another
 * report.
 */
public class StrictBoolean implements JsonbDeserializer<Boolean> {

  @Override
  public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
    JsonValue value = parser.getValue();
    if (value == JsonValue.TRUE) {
      return Boolean.TRUE;
    }
    if (value == JsonValue.FALSE) {
      return Boolean.FALSE;
    }
    if (value == JsonValue.NULL) {
      return null;
    }
    throw new JsonbException("Expected true or false");
  }
}
