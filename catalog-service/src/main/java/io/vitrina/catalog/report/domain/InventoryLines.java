package io.vitrina.catalog.report.domain;

import java.util.List;

/** Reads products with their stock, page by page in SKU order, for the inventory report. */
public interface InventoryLines {

  /**
   * The next page.
   *
   * @param subtreePattern the LIKE pattern of a category's subtree (see CategoryPath), or null for
   *     every category
   * @param lowStockOnly only products whose available stock is at or below their threshold
   * @param afterSku the last SKU of the previous page, or null for the first page
   */
  List<InventoryLine> page(String subtreePattern, boolean lowStockOnly, String afterSku, int limit);
}
