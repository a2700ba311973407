package io.vitrina.catalog.report.domain;

import io.vitrina.catalog.category.domain.Category;
import io.vitrina.catalog.category.domain.CategoryRepository;
import io.vitrina.platform.problem.InvalidInputException;
import io.vitrina.platform.report.CsvWriter;
import io.vitrina.platform.report.ReportBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The inventory report: one row per product in SKU order, in every status, with its category path
 * and stock. Products are read a page at a time, so a large catalog never sits in memory; each page
 * shows the stock as it was when that page was read.
 */
@ApplicationScoped
public class InventoryReport implements ReportBuilder {

  /** The kind's name on the wire and in the database. */
  public static final String KIND = "inventory";

  /** The columns, in order. */
  public static final List<String> HEADER =
      List.of(
          "sku",
          "name",
          "category",
          "status",
          "on_hand",
          "reserved",
          "available",
          "low_stock_threshold",
          "low_stock");

  /** Separates the category names of a path. */
  public static final String PATH_SEPARATOR = " > ";

  static final int PAGE = 500;

  @Inject InventoryLines lines;
  @Inject CategoryRepository categories;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public void validate(String parameters) {
    InventoryFilter filter = InventoryFilter.fromJson(parameters);
    if (filter.categoryId() != null && categories.find(filter.categoryId()).isEmpty()) {
      throw new InvalidInputException("categoryId", "must be the id of an existing category");
    }
  }

  @Override
  public long write(String parameters, CsvWriter csv) throws IOException {
    InventoryFilter filter = InventoryFilter.fromJson(parameters);
    Map<String, Category> byId =
        categories.all().stream().collect(Collectors.toMap(Category::id, c -> c));
    String subtree = null;
    if (filter.categoryId() != null) {
      Category root = byId.get(filter.categoryId());
      if (root == null) {
        throw new IllegalStateException("Category " + filter.categoryId() + " no longer exists");
      }
      subtree = root.path().subtreePattern();
    }
    Map<String, String> paths = new HashMap<>();
    csv.row(HEADER);
    long rows = 0;
    String after = null;
    List<InventoryLine> page;
    do {
      page = lines.page(subtree, filter.lowStockOnly(), after, PAGE);
      for (InventoryLine line : page) {
        csv.row(
            line.sku(),
            line.name(),
            paths.computeIfAbsent(line.categoryId(), id -> readablePath(id, byId)),
            line.status(),
            line.onHand(),
            line.reserved(),
            line.available(),
            line.lowStockThreshold(),
            line.lowStock());
        rows++;
        after = line.sku();
      }
    } while (page.size() == PAGE);
    return rows;
  }

  /** The names from the root down to a category: {@code Home > Kitchen > Knives}. */
  static String readablePath(String categoryId, Map<String, Category> byId) {
    Category category = byId.get(categoryId);
    if (category == null) {
      return "";
    }
    List<String> names = new ArrayList<>();
    for (String id : category.path().value().split("/")) {
      if (!id.isEmpty()) {
        Category step = byId.get(id);
        names.add(step == null ? id : step.name());
      }
    }
    return String.join(PATH_SEPARATOR, names);
  }
}
