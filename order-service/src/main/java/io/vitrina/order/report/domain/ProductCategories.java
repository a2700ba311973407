package io.vitrina.order.report.domain;

import java.util.Collection;
import java.util.Map;

/**
 * Which catalog category each product is filed under. Order lines keep no category: the catalog
 * owns them, and is asked when a report is built.
 */
public interface ProductCategories {

  /** A category as the report shows it. */
  record Category(String id, String name) {}

  /**
   * The categories of some products. A product that is absent from the answer could not be placed:
   * the catalog no longer sells it publicly, or could not be asked. Never throws for the catalog's
   * troubles.
   */
  Map<String, Category> categoriesOf(Collection<String> productIds);
}
