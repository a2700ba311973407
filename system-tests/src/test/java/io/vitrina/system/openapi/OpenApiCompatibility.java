package io.vitrina.system.openapi;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Judges whether a service's OpenAPI document still serves every client written against an earlier
 * one. A change is <em>breaking</em> when such a client can fail: a path, operation, response
 * status or media type gone; a request that was valid now refused (a new required parameter, body
 * or property, a parameter or property gone, a type changed, an enum narrowed); a response that no
 * longer carries what it promised (a property gone, retyped or no longer always present). Anything
 * else that changed the contract's surface is an <em>addition</em>: reported, never fatal.
 *
 * <p>Requests and responses are judged in opposite directions: a request may accept more than
 * before, a response may promise less variety than before, never the reverse. {@code $ref}s are
 * followed into each document's {@code components/schemas}, {@code allOf} is merged, and {@code
 * oneOf}/{@code anyOf} are compared only as far as their presence.
 */
public final class OpenApiCompatibility {

  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

  private enum Direction {
    REQUEST,
    RESPONSE
  }

  /** What the comparison found, each entry naming where and what. */
  public record Report(List<String> breaking, List<String> additions) {
    public Report {
      breaking = List.copyOf(breaking);
      additions = List.copyOf(additions);
    }

    public boolean compatible() {
      return breaking.isEmpty();
    }
  }

  private final JsonObject before;
  private final JsonObject after;
  private final List<String> breaking = new ArrayList<>();
  private final List<String> additions = new ArrayList<>();
  private final Set<String> followed = new HashSet<>();

  private OpenApiCompatibility(JsonObject before, JsonObject after) {
    this.before = before;
    this.after = after;
  }

  /** Compares the document clients were written against with the one served now. */
  public static Report compare(JsonObject before, JsonObject after) {
    OpenApiCompatibility comparison = new OpenApiCompatibility(before, after);
    comparison.paths();
    return new Report(comparison.breaking, comparison.additions);
  }

  private void paths() {
    JsonObject oldPaths = object(before, "paths");
    JsonObject newPaths = object(after, "paths");
    for (String path : oldPaths.keySet()) {
      if (!newPaths.containsKey(path)) {
        breaking.add(path + ": path removed");
        continue;
      }
      JsonObject oldItem = oldPaths.getJsonObject(path);
      JsonObject newItem = newPaths.getJsonObject(path);
      for (String method : METHODS) {
        if (!oldItem.containsKey(method)) {
          continue;
        }
        String where = method.toUpperCase() + " " + path;
        if (!newItem.containsKey(method)) {
          breaking.add(where + ": operation removed");
          continue;
        }
        operation(
            where, oldItem, oldItem.getJsonObject(method), newItem, newItem.getJsonObject(method));
      }
      for (String method : METHODS) {
        if (newItem.containsKey(method) && !oldItem.containsKey(method)) {
          additions.add(method.toUpperCase() + " " + path + ": operation added");
        }
      }
    }
    for (String path : newPaths.keySet()) {
      if (!oldPaths.containsKey(path)) {
        additions.add(path + ": path added");
      }
    }
  }

  private void operation(
      String where, JsonObject oldItem, JsonObject oldOp, JsonObject newItem, JsonObject newOp) {
    parameters(where, parameters(before, oldItem, oldOp), parameters(after, newItem, newOp));
    requestBody(where, oldOp, newOp);
    responses(where, object(oldOp, "responses"), object(newOp, "responses"));
  }

  /** The path item's parameters overridden by the operation's, by location and name. */
  private static Map<String, JsonObject> parameters(
      JsonObject doc, JsonObject item, JsonObject op) {
    Map<String, JsonObject> byKey = new LinkedHashMap<>();
    for (JsonObject source : List.of(item, op)) {
      JsonArray list = source.getJsonArray("parameters");
      if (list == null) {
        continue;
      }
      for (JsonValue value : list) {
        JsonObject parameter = resolve(doc, value.asJsonObject());
        byKey.put(
            parameter.getString("in", "?")
                + " parameter '"
                + parameter.getString("name", "?")
                + "'",
            parameter);
      }
    }
    return byKey;
  }

  private void parameters(
      String where, Map<String, JsonObject> oldParams, Map<String, JsonObject> newParams) {
    for (Map.Entry<String, JsonObject> entry : oldParams.entrySet()) {
      String at = where + ": " + entry.getKey();
      JsonObject newParam = newParams.get(entry.getKey());
      if (newParam == null) {
        breaking.add(at + " removed");
        continue;
      }
      if (required(newParam) && !required(entry.getValue())) {
        breaking.add(at + " became required");
      }
      schema(at, object(entry.getValue(), "schema"), object(newParam, "schema"), Direction.REQUEST);
    }
    for (Map.Entry<String, JsonObject> entry : newParams.entrySet()) {
      if (!oldParams.containsKey(entry.getKey())) {
        if (required(entry.getValue())) {
          breaking.add(where + ": new required " + entry.getKey());
        } else {
          additions.add(where + ": optional " + entry.getKey() + " added");
        }
      }
    }
  }

  private void requestBody(String where, JsonObject oldOp, JsonObject newOp) {
    JsonObject oldBody =
        oldOp.containsKey("requestBody") ? resolve(before, object(oldOp, "requestBody")) : null;
    JsonObject newBody =
        newOp.containsKey("requestBody") ? resolve(after, object(newOp, "requestBody")) : null;
    String at = where + ": request body";
    if (newBody == null) {
      if (oldBody != null) {
        breaking.add(at + " no longer accepted");
      }
      return;
    }
    if (oldBody == null) {
      if (required(newBody)) {
        breaking.add(at + " now required");
      } else {
        additions.add(at + " (optional) added");
      }
      return;
    }
    if (required(newBody) && !required(oldBody)) {
      breaking.add(at + " became required");
    }
    JsonObject oldContent = object(oldBody, "content");
    JsonObject newContent = object(newBody, "content");
    for (String mediaType : oldContent.keySet()) {
      if (!newContent.containsKey(mediaType)) {
        breaking.add(at + ": media type " + mediaType + " no longer accepted");
        continue;
      }
      schema(
          at + " (" + mediaType + ")",
          object(oldContent.getJsonObject(mediaType), "schema"),
          object(newContent.getJsonObject(mediaType), "schema"),
          Direction.REQUEST);
    }
    for (String mediaType : newContent.keySet()) {
      if (!oldContent.containsKey(mediaType)) {
        additions.add(at + ": media type " + mediaType + " accepted");
      }
    }
  }

  private void responses(String where, JsonObject oldResponses, JsonObject newResponses) {
    for (String status : oldResponses.keySet()) {
      String at = where + ": response " + status;
      if (!newResponses.containsKey(status)) {
        breaking.add(at + " removed");
        continue;
      }
      JsonObject oldContent =
          object(resolve(before, oldResponses.getJsonObject(status)), "content");
      JsonObject newContent = object(resolve(after, newResponses.getJsonObject(status)), "content");
      for (String mediaType : oldContent.keySet()) {
        if (!newContent.containsKey(mediaType)) {
          breaking.add(at + ": media type " + mediaType + " no longer produced");
          continue;
        }
        schema(
            at + " (" + mediaType + ")",
            object(oldContent.getJsonObject(mediaType), "schema"),
            object(newContent.getJsonObject(mediaType), "schema"),
            Direction.RESPONSE);
      }
      for (String mediaType : newContent.keySet()) {
        if (!oldContent.containsKey(mediaType)) {
          additions.add(at + ": media type " + mediaType + " produced");
        }
      }
    }
    for (String status : newResponses.keySet()) {
      if (!oldResponses.containsKey(status)) {
        additions.add(where + ": response " + status + " added");
      }
    }
  }

  private void schema(String where, JsonObject oldRaw, JsonObject newRaw, Direction direction) {
    boolean named = oldRaw.containsKey("$ref") || newRaw.containsKey("$ref");
    if (named && !followed.add(ref(oldRaw) + "|" + ref(newRaw) + "|" + direction)) {
      return; // a recursive schema, or a pair of named schemas judged once already
    }
    JsonObject oldSchema = flatten(before, oldRaw);
    JsonObject newSchema = flatten(after, newRaw);
    types(where, oldSchema, newSchema, direction);
    enums(where, oldSchema, newSchema, direction);
    properties(where, oldSchema, newSchema, direction);
    if (oldSchema.containsKey("items") && newSchema.containsKey("items")) {
      schema(where + "[]", object(oldSchema, "items"), object(newSchema, "items"), direction);
    }
    if (oldSchema.get("additionalProperties") instanceof JsonObject oldValues
        && newSchema.get("additionalProperties") instanceof JsonObject newValues) {
      schema(where + "{}", oldValues, newValues, direction);
    }
  }

  private void types(String where, JsonObject oldSchema, JsonObject newSchema, Direction dir) {
    Set<String> oldTypes = types(oldSchema);
    Set<String> newTypes = types(newSchema);
    // An empty set is "any type": a request may widen to it, a response may narrow from it.
    boolean broken =
        dir == Direction.REQUEST
            ? !newTypes.isEmpty() && (oldTypes.isEmpty() || !covers(newTypes, oldTypes))
            : !oldTypes.isEmpty() && (newTypes.isEmpty() || !covers(oldTypes, newTypes));
    if (broken) {
      breaking.add(
          where + ": type changed from " + describe(oldTypes) + " to " + describe(newTypes));
    } else if (!oldTypes.equals(newTypes)) {
      additions.add(
          where + ": type widened from " + describe(oldTypes) + " to " + describe(newTypes));
    }
    String oldFormat = oldSchema.getString("format", null);
    String newFormat = newSchema.getString("format", null);
    if (oldFormat != null && newFormat != null && !oldFormat.equals(newFormat)) {
      breaking.add(where + ": format changed from " + oldFormat + " to " + newFormat);
    } else if (dir == Direction.REQUEST && oldFormat == null && newFormat != null) {
      breaking.add(where + ": format " + newFormat + " now required");
    } else if (dir == Direction.RESPONSE && oldFormat != null && newFormat == null) {
      breaking.add(where + ": format " + oldFormat + " no longer promised");
    }
  }

  private static boolean covers(Set<String> wider, Set<String> narrower) {
    for (String type : narrower) {
      if (!wider.contains(type) && !("integer".equals(type) && wider.contains("number"))) {
        return false;
      }
    }
    return true;
  }

  private void enums(String where, JsonObject oldSchema, JsonObject newSchema, Direction dir) {
    Set<String> oldValues = enumValues(oldSchema);
    Set<String> newValues = enumValues(newSchema);
    if (oldValues == null && newValues == null) {
      return;
    }
    if (oldValues == null) {
      if (dir == Direction.REQUEST) {
        breaking.add(where + ": narrowed to the enum " + newValues);
      } else {
        additions.add(where + ": now one of " + newValues);
      }
      return;
    }
    if (newValues == null) {
      if (dir == Direction.REQUEST) {
        additions.add(where + ": no longer limited to " + oldValues);
      } else {
        breaking.add(where + ": no longer limited to " + oldValues);
      }
      return;
    }
    Set<String> removed = new TreeSet<>(oldValues);
    removed.removeAll(newValues);
    Set<String> added = new TreeSet<>(newValues);
    added.removeAll(oldValues);
    if (!removed.isEmpty()) {
      if (dir == Direction.REQUEST) {
        breaking.add(where + ": enum narrowed, no longer accepts " + removed);
      } else {
        additions.add(where + ": enum values no longer returned " + removed);
      }
    }
    if (!added.isEmpty()) {
      additions.add(
          where
              + ": enum values added "
              + added
              + (dir == Direction.RESPONSE
                  ? " (clients must tolerate values they do not know)"
                  : ""));
    }
  }

  private void properties(String where, JsonObject oldSchema, JsonObject newSchema, Direction dir) {
    JsonObject oldProps = object(oldSchema, "properties");
    JsonObject newProps = object(newSchema, "properties");
    Set<String> oldRequired = strings(oldSchema.get("required"));
    Set<String> newRequired = strings(newSchema.get("required"));
    for (String name : oldProps.keySet()) {
      String at = where + "." + name;
      if (!newProps.containsKey(name)) {
        breaking.add(
            at + (dir == Direction.REQUEST ? ": request" : ": response") + " property removed");
        continue;
      }
      if (dir == Direction.REQUEST && newRequired.contains(name) && !oldRequired.contains(name)) {
        breaking.add(at + ": became required");
      }
      if (dir == Direction.REQUEST && oldRequired.contains(name) && !newRequired.contains(name)) {
        additions.add(at + ": no longer required");
      }
      if (dir == Direction.RESPONSE && oldRequired.contains(name) && !newRequired.contains(name)) {
        breaking.add(at + ": no longer always present");
      }
      schema(at, oldProps.getJsonObject(name), newProps.getJsonObject(name), dir);
    }
    for (String name : newProps.keySet()) {
      if (oldProps.containsKey(name)) {
        continue;
      }
      if (dir == Direction.REQUEST && newRequired.contains(name)) {
        breaking.add(where + "." + name + ": new required request property");
      } else {
        additions.add(
            where
                + "."
                + name
                + (dir == Direction.REQUEST ? ": optional request property" : ": response property")
                + " added");
      }
    }
  }

  /** A schema with its {@code $ref} followed and its {@code allOf} members merged into it. */
  private static JsonObject flatten(JsonObject doc, JsonObject schema) {
    JsonObject resolved = resolve(doc, schema);
    JsonArray allOf = resolved.getJsonArray("allOf");
    if (allOf == null) {
      return resolved;
    }
    var merged = jakarta.json.Json.createObjectBuilder(resolved).remove("allOf");
    var properties = jakarta.json.Json.createObjectBuilder(object(resolved, "properties"));
    Set<String> required = new LinkedHashSet<>(strings(resolved.get("required")));
    for (JsonValue member : allOf) {
      JsonObject part = flatten(doc, member.asJsonObject());
      object(part, "properties").forEach(properties::add);
      required.addAll(strings(part.get("required")));
      for (String key : List.of("type", "format", "enum", "items", "additionalProperties")) {
        if (part.containsKey(key) && !resolved.containsKey(key)) {
          merged.add(key, part.get(key));
        }
      }
    }
    merged.add("properties", properties);
    var requiredArray = jakarta.json.Json.createArrayBuilder();
    required.forEach(requiredArray::add);
    return merged.add("required", requiredArray).build();
  }

  /** Follows local {@code $ref}s ({@code #/components/...}) until an object without one. */
  private static JsonObject resolve(JsonObject doc, JsonObject value) {
    JsonObject current = value;
    for (int hops = 0; current.containsKey("$ref") && hops < 32; hops++) {
      String ref = current.getString("$ref");
      if (!ref.startsWith("#/")) {
        return current;
      }
      JsonValue target = doc;
      for (String token : ref.substring(2).split("/")) {
        String key = token.replace("~1", "/").replace("~0", "~");
        if (!(target instanceof JsonObject object) || !object.containsKey(key)) {
          return JsonValue.EMPTY_JSON_OBJECT;
        }
        target = object.get(key);
      }
      current = target.asJsonObject();
    }
    return current;
  }

  private static String ref(JsonObject schema) {
    return schema.getString("$ref", null);
  }

  private static Set<String> types(JsonObject schema) {
    Set<String> types = new TreeSet<>();
    JsonValue type = schema.get("type");
    if (type instanceof JsonString single) {
      types.add(single.getString());
    } else if (type instanceof JsonArray several) {
      types.addAll(strings(several));
    }
    if (!types.isEmpty() && schema.getBoolean("nullable", false)) {
      types.add("null");
    }
    return types;
  }

  private static String describe(Set<String> types) {
    return types.isEmpty() ? "any" : String.join("|", types);
  }

  private static Set<String> enumValues(JsonObject schema) {
    JsonValue values = schema.get("enum");
    if (!(values instanceof JsonArray array)) {
      return null;
    }
    Set<String> result = new TreeSet<>();
    array.forEach(value -> result.add(value.toString()));
    return result;
  }

  private static Set<String> strings(JsonValue value) {
    Set<String> result = new LinkedHashSet<>();
    if (value instanceof JsonArray array) {
      for (JsonValue item : array) {
        if (item instanceof JsonString string) {
          result.add(string.getString());
        }
      }
    }
    return result;
  }

  private static boolean required(JsonObject object) {
    return object.getBoolean("required", false);
  }

  private static JsonObject object(JsonObject parent, String key) {
    return parent.get(key) instanceof JsonObject child ? child : JsonValue.EMPTY_JSON_OBJECT;
  }
}
