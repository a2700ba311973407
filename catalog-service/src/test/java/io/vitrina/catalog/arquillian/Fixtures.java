package io.vitrina.catalog.arquillian;

import io.vitrina.catalog.category.domain.Category;
import io.vitrina.catalog.category.domain.CategoryService;
import io.vitrina.catalog.inventory.domain.InventoryService;
import io.vitrina.catalog.product.domain.CurrencyCode;
import io.vitrina.catalog.product.domain.Price;
import io.vitrina.catalog.product.domain.Product;
import io.vitrina.catalog.product.domain.ProductDetails;
import io.vitrina.catalog.product.domain.ProductService;
import io.vitrina.catalog.product.domain.ProductStatus;
import java.util.Map;
import java.util.UUID;

/** Test data made through the real services, fresh and uniquely named for each call. */
final class Fixtures {

  private Fixtures() {}

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static Category rootCategory(CategoryService categories) {
    return categories.create(null, "Root " + unique(), "root-" + unique());
  }

  static String sku() {
    return "SKU-" + unique().toUpperCase();
  }

  static ProductDetails details(String categoryId, String price) {
    return new ProductDetails(
        "Product " + unique(),
        "A test product",
        Price.of(price, CurrencyCode.EUR),
        categoryId,
        Map.of("colour", "red"));
  }

  /** An ACTIVE product in a new category with {@code stock} units on hand. */
  static Product activeProductWithStock(
      CategoryService categories, ProductService products, InventoryService inventory, int stock) {
    Category category = rootCategory(categories);
    Product product =
        products.create(sku(), details(category.id(), "9.99"), ProductStatus.ACTIVE, 0);
    if (stock > 0) {
      inventory.adjust(product.id(), stock, "test stock", "arquillian").orElseThrow();
    }
    return product;
  }
}
