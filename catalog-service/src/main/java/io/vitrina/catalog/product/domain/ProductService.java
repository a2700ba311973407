package io.vitrina.catalog.product.domain;

import io.vitrina.catalog.category.domain.Category;
import io.vitrina.catalog.category.domain.CategoryRepository;
import io.vitrina.catalog.inventory.domain.Inventory;
import io.vitrina.catalog.inventory.domain.InventoryRepository;
import io.vitrina.platform.problem.ConflictException;
import io.vitrina.platform.problem.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Creates, changes and finds products. {@code includeUnlisted} says whether the caller may see
 * products that are not ACTIVE; to anyone else those do not exist. An empty result means "not
 * found" for the resource to turn into a 404. Each change is announced through {@link
 * ProductEvents} in its own transaction.
 */
@ApplicationScoped
public class ProductService {

  @Inject ProductRepository products;
  @Inject CategoryRepository categories;
  @Inject InventoryRepository inventory;
  @Inject ProductEvents events;
  @Inject Clock clock;

  /** A page of products and how many there are in all. */
  public record Page(List<Product> items, long total) {}

  /** Creates a product with empty stock. */
  @Transactional
  public Product create(
      String sku, ProductDetails details, ProductStatus status, int lowStockThreshold) {
    requireCategory(details.categoryId());
    if (products.findBySku(sku).isPresent()) {
      throw new ConflictException("A product with SKU " + sku + " already exists.");
    }
    Product product = Product.create(sku, details, status, clock.instant());
    products.add(product);
    inventory.add(Inventory.empty(product.id(), lowStockThreshold));
    events.created(product);
    return product;
  }

  @Transactional
  public Optional<Product> find(String id, boolean includeUnlisted) {
    return products.find(id).filter(p -> includeUnlisted || p.isActive());
  }

  @Transactional
  public Optional<Product> findBySku(String sku, boolean includeUnlisted) {
    return products.findBySku(sku).filter(p -> includeUnlisted || p.isActive());
  }

  /**
   * Replaces a product's details and status if the caller read the current version.
   *
   * @throws ConflictException when {@code expectedVersion} is stale
   */
  @Transactional
  public Optional<Product> update(
      String id, ProductDetails details, ProductStatus status, long expectedVersion) {
    Optional<Product> found = products.find(id);
    found.ifPresent(
        product -> {
          if (product.version() != expectedVersion) {
            throw new ConflictException(
                "Product "
                    + product.sku()
                    + " is at version "
                    + product.version()
                    + ", not "
                    + expectedVersion
                    + ": read it again and reapply your change.");
          }
          requireCategory(details.categoryId());
          product.update(details, status, clock.instant());
          products.flush();
          events.updated(product);
        });
    return found;
  }

  @Transactional
  public Optional<Product> discontinue(String id) {
    Optional<Product> found = products.find(id);
    found
        .filter(product -> product.status() != ProductStatus.DISCONTINUED)
        .ifPresent(
            product -> {
              product.discontinue(clock.instant());
              products.flush();
              events.discontinued(product);
            });
    return found;
  }

  /** The products of a category and of all its descendants; empty when there is no category. */
  @Transactional
  public Optional<Page> pageInCategory(
      String categoryId, boolean includeUnlisted, int page, int size) {
    Set<ProductStatus> statuses =
        includeUnlisted ? EnumSet.allOf(ProductStatus.class) : EnumSet.of(ProductStatus.ACTIVE);
    return categories
        .find(categoryId)
        .map(
            category -> {
              String pattern = category.path().subtreePattern();
              return new Page(
                  products.pageInSubtree(pattern, statuses, page, size),
                  products.countInSubtree(pattern, statuses));
            });
  }

  private Category requireCategory(String categoryId) {
    return categories
        .find(categoryId)
        .orElseThrow(() -> new InvalidInputException("categoryId", "no such category"));
  }
}
