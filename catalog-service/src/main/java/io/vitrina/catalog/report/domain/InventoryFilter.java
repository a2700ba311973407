package io.vitrina.catalog.report.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;

/**
 * Which products an inventory report lists: those of a category and its whole subtree, or all; only
 * those at or below their low-stock threshold, or all. Stored as canonical JSON, so that two
 * requests for the same thing have the same parameters.
 *
 * @param categoryId a category id, or null for every category
 * @param lowStockOnly whether to list only products whose available stock is at or below their
 *     threshold
 */
public record InventoryFilter(String categoryId, boolean lowStockOnly) {

  public static final InventoryFilter ALL = new InventoryFilter(null, false);

  /** The canonical JSON: keys in a fixed order, no category when there is none. */
  public String toJson() {
    JsonObjectBuilder json = Json.createObjectBuilder();
    if (categoryId != null) {
      json.add("categoryId", categoryId);
    }
    return json.add("lowStockOnly", lowStockOnly).build().toString();
  }

  /**
   * The filter stored as {@link #toJson()}.
   *
   * @throws IllegalArgumentException when the text is not such a filter
   */
  public static InventoryFilter fromJson(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      JsonObject json = reader.readObject();
      JsonValue category = json.get("categoryId");
      String categoryId =
          category == null || category.getValueType() == JsonValue.ValueType.NULL
              ? null
              : json.getString("categoryId");
      return new InventoryFilter(categoryId, json.getBoolean("lowStockOnly", false));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Not an inventory report filter: " + text, e);
    }
  }
}
