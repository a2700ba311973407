package io.vitrina.order.report.catalog;

import io.vitrina.order.report.domain.ProductCategories;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Places products in their categories by asking catalog-service: the product's category id, then
 * that category's name, each category asked once per call. A product the catalog does not sell
 * publicly (DRAFT, DISCONTINUED or deleted: 404 to anonymous readers) or cannot be asked about is
 * left out, and the report shows it as {@code unknown}.
 */
@ApplicationScoped
public class CatalogProductCategories implements ProductCategories {

  @Inject CatalogReads catalog;

  @Override
  public Map<String, Category> categoriesOf(Collection<String> productIds) {
    Map<String, Optional<String>> names = new HashMap<>();
    Map<String, Category> placed = new HashMap<>();
    for (String productId : productIds) {
      catalog
          .categoryIdOf(productId)
          .ifPresent(
              categoryId ->
                  names
                      .computeIfAbsent(categoryId, catalog::categoryName)
                      .ifPresent(name -> placed.put(productId, new Category(categoryId, name))));
    }
    return placed;
  }
}
