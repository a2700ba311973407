package io.vitrina.catalog.product.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Where products are kept. Implementations join the caller's transaction. */
public interface ProductRepository {

  void add(Product product);

  Optional<Product> find(String id);

  /** Writes pending changes now, so that a changed product's version is its committed one. */
  void flush();

  Optional<Product> findBySku(String sku);

  /** A page of the products in a category's subtree, by SKU. */
  List<Product> pageInSubtree(String pathPattern, Set<ProductStatus> statuses, int page, int size);

  long countInSubtree(String pathPattern, Set<ProductStatus> statuses);

  /** The status of each of these products that exists. */
  Map<String, ProductStatus> statuses(Collection<String> ids);
}
