package io.vitrina.system.openapi;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.TreeSet;

/**
 * The committed form of an OpenAPI document: what a server serves, without what depends on where it
 * runs (the {@code servers} with their hosts and ports), written with sorted keys and two-space
 * indentation so that a change shows as a readable line diff.
 */
public final class OpenApiDocuments {

  private OpenApiDocuments() {}

  public static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  /** The document without its server URLs, at the top, in each path item and each operation. */
  public static JsonObject normalise(JsonObject document) {
    JsonObjectBuilder root = Json.createObjectBuilder(document).remove("servers");
    if (document.get("paths") instanceof JsonObject paths) {
      JsonObjectBuilder newPaths = Json.createObjectBuilder();
      paths.forEach(
          (path, item) -> {
            JsonObjectBuilder newItem = Json.createObjectBuilder();
            item.asJsonObject()
                .forEach(
                    (key, value) -> {
                      if ("servers".equals(key)) {
                        return;
                      }
                      newItem.add(
                          key,
                          value instanceof JsonObject operation
                              ? Json.createObjectBuilder(operation).remove("servers").build()
                              : value);
                    });
            newPaths.add(path, newItem);
          });
      root.add("paths", newPaths);
    }
    return root.build();
  }

  /** The normalised document as text: keys sorted at every level, arrays in their order. */
  public static String write(JsonObject document) {
    StringBuilder out = new StringBuilder();
    write(normalise(document), 0, out);
    return out.append('\n').toString();
  }

  private static void write(JsonValue value, int depth, StringBuilder out) {
    if (value instanceof JsonObject object) {
      if (object.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      List<String> keys = List.copyOf(new TreeSet<>(object.keySet()));
      for (int i = 0; i < keys.size(); i++) {
        indent(depth + 1, out);
        out.append(Json.createValue(keys.get(i))).append(": ");
        write(object.get(keys.get(i)), depth + 1, out);
        out.append(i < keys.size() - 1 ? ",\n" : "\n");
      }
      indent(depth, out);
      out.append('}');
    } else if (value instanceof JsonArray array) {
      if (array.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      for (int i = 0; i < array.size(); i++) {
        indent(depth + 1, out);
        write(array.get(i), depth + 1, out);
        out.append(i < array.size() - 1 ? ",\n" : "\n");
      }
      indent(depth, out);
      out.append(']');
    } else {
      out.append(value);
    }
  }

  private static void indent(int depth, StringBuilder out) {
    out.append("  ".repeat(depth));
  }
}
