package io.vitrina.catalog.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.catalog.category.domain.Category;
import io.vitrina.catalog.category.domain.CategoryRepository;
import io.vitrina.catalog.category.domain.CategoryService;
import io.vitrina.catalog.inventory.domain.InventoryService;
import io.vitrina.catalog.product.domain.CurrencyCode;
import io.vitrina.catalog.product.domain.Price;
import io.vitrina.catalog.product.domain.Product;
import io.vitrina.catalog.product.domain.ProductDetails;
import io.vitrina.catalog.product.domain.ProductRepository;
import io.vitrina.catalog.product.domain.ProductService;
import io.vitrina.catalog.product.domain.ProductStatus;
import io.vitrina.platform.problem.ConflictException;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The JPA repositories on the real database: tree paths, products in a subtree, exact prices. */
@ExtendWith(ArquillianExtension.class)
class CatalogRepositoriesArquillianIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.catalogService(CatalogRepositoriesArquillianIT.class);
  }

  @Inject CategoryService categories;
  @Inject CategoryRepository categoryRepository;
  @Inject ProductService products;
  @Inject ProductRepository productRepository;
  @Inject InventoryService inventory;
  @Inject UserTransaction transaction;

  @Resource(lookup = "jdbc/vitrina")
  DataSource dataSource;

  @Test
  void shouldRepathWholeSubtreeOnMove() throws Exception {
    Category from = Fixtures.rootCategory(categories);
    Category to = Fixtures.rootCategory(categories);
    Category child = categories.create(from.id(), "Child", "child");
    Category grandchild = categories.create(child.id(), "Grandchild", "grandchild");

    categories.move(child.id(), to.id()).orElseThrow();

    transaction.begin();
    try {
      Category movedGrandchild = categoryRepository.find(grandchild.id()).orElseThrow();
      assertEquals(
          "/" + to.id() + "/" + child.id() + "/" + grandchild.id() + "/",
          movedGrandchild.path().value());
      assertEquals(to.id(), categoryRepository.find(child.id()).orElseThrow().parentId());
      assertEquals(2, categoryRepository.heightBelow(categoryRepository.find(to.id()).get()));
    } finally {
      transaction.rollback();
    }
  }

  @Test
  void shouldRefuseMoveUnderOwnDescendantAndKeepTree() {
    Category root = Fixtures.rootCategory(categories);
    Category child = categories.create(root.id(), "Child", "child");
    Category grandchild = categories.create(child.id(), "Grandchild", "grandchild");

    assertThrows(ConflictException.class, () -> categories.move(root.id(), grandchild.id()));

    assertTrue(categories.find(root.id()).orElseThrow().isRoot());
    assertEquals(
        "/" + root.id() + "/" + child.id() + "/" + grandchild.id() + "/",
        categories.find(grandchild.id()).orElseThrow().path().value());
  }

  @Test
  void shouldKeepSlugsUniqueAmongSiblingsOnly() {
    Category first = Fixtures.rootCategory(categories);
    Category second = Fixtures.rootCategory(categories);
    categories.create(first.id(), "Shoes", "shoes");
    categories.create(second.id(), "Shoes", "shoes");
    assertThrows(ConflictException.class, () -> categories.create(first.id(), "Other", "shoes"));
    assertThrows(ConflictException.class, () -> categories.create(null, "Again", first.slug()));
  }

  @Test
  void shouldListProductsOfCategoryAndItsDescendantsOnly() throws Exception {
    Category root = Fixtures.rootCategory(categories);
    Category child = categories.create(root.id(), "Child", "child");
    Category other = Fixtures.rootCategory(categories);
    Product inRoot =
        products.create(
            "A-" + Fixtures.sku(), Fixtures.details(root.id(), "1.00"), ProductStatus.ACTIVE, 5);
    Product inChild =
        products.create(
            "B-" + Fixtures.sku(), Fixtures.details(child.id(), "2.00"), ProductStatus.ACTIVE, 5);
    products.create(
        "C-" + Fixtures.sku(), Fixtures.details(child.id(), "3.00"), ProductStatus.DRAFT, 5);
    products.create(Fixtures.sku(), Fixtures.details(other.id(), "4.00"), ProductStatus.ACTIVE, 5);

    ProductService.Page active = products.pageInCategory(root.id(), false, 0, 10).orElseThrow();
    assertEquals(2, active.total());
    assertEquals(
        List.of(inRoot.id(), inChild.id()), active.items().stream().map(Product::id).toList());

    ProductService.Page all = products.pageInCategory(root.id(), true, 0, 2).orElseThrow();
    assertEquals(3, all.total());
    assertEquals(2, all.items().size());
    assertEquals(1, products.pageInCategory(root.id(), true, 1, 2).orElseThrow().items().size());
    assertEquals(1, products.pageInCategory(child.id(), false, 0, 10).orElseThrow().total());

    transaction.begin();
    try {
      assertEquals(
          3,
          productRepository.countInSubtree(
              root.path().subtreePattern(), EnumSet.allOf(ProductStatus.class)));
    } finally {
      transaction.rollback();
    }
  }

  @Test
  void shouldListEachProductWithItsOwnAttributesOnEveryPage() {
    Category root = Fixtures.rootCategory(categories);
    Category child = categories.create(root.id(), "Child", "child");
    Map<String, Map<String, String>> expected = new java.util.HashMap<>();
    for (int i = 0; i < 5; i++) {
      Map<String, String> attributes =
          i == 2 ? Map.of() : Map.of("size", String.valueOf(40 + i), "colour", "c" + i);
      Product product =
          products.create(
              "L" + i + "-" + Fixtures.sku(),
              new ProductDetails(
                  "Listed " + i,
                  null,
                  Price.of("1.00", CurrencyCode.EUR),
                  i % 2 == 0 ? root.id() : child.id(),
                  attributes),
              ProductStatus.ACTIVE,
              5);
      expected.put(product.id(), attributes);
    }

    // Pages of 2: the attributes are batch-read per page, and a page must get its own only.
    Map<String, Map<String, String>> listed = new java.util.HashMap<>();
    for (int page = 0; page < 3; page++) {
      for (Product product :
          products.pageInCategory(root.id(), false, page, 2).orElseThrow().items()) {
        listed.put(product.id(), product.attributes());
      }
    }
    assertEquals(expected, listed);
  }

  /**
   * A page of 20 costs the page query and one batch read of attributes, not one read per product:
   * counted on the transaction's own connection (SELECTs run on it by the persistence unit too).
   */
  @Test
  void shouldReadAPagesAttributesInOneStatement() throws Exception {
    Category category = Fixtures.rootCategory(categories);
    for (int i = 0; i < 20; i++) {
      products.create(
          Fixtures.sku(), Fixtures.details(category.id(), "1.00"), ProductStatus.ACTIVE, 5);
    }
    transaction.begin();
    try (Connection connection = dataSource.getConnection()) {
      long before = selects(connection);
      List<Product> page =
          productRepository.pageInSubtree(
              category.path().subtreePattern(), EnumSet.of(ProductStatus.ACTIVE), 0, 20);
      page.forEach(product -> assertEquals(Map.of("colour", "red"), product.attributes()));
      long statements = selects(connection) - before;
      assertEquals(20, page.size());
      assertTrue(
          statements >= 1 && statements <= 2,
          "the page took " + statements + " SELECT statements, expected the page and one batch");
    } finally {
      transaction.rollback();
    }
  }

  private static long selects(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SHOW SESSION STATUS LIKE 'Com_select'")) {
      result.next();
      return result.getLong(2);
    }
  }

  @Test
  void shouldStoreExactPriceAndAttributes() throws Exception {
    Category category = Fixtures.rootCategory(categories);
    String sku = Fixtures.sku();
    products.create(
        sku,
        new ProductDetails(
            "Exact",
            null,
            Price.of("123456789012345.67", CurrencyCode.MXN),
            category.id(),
            Map.of("size", "42", "colour", "blue")),
        ProductStatus.DRAFT,
        5);

    transaction.begin();
    try {
      Product found = productRepository.findBySku(sku).orElseThrow();
      assertEquals(new BigDecimal("123456789012345.67"), found.price().amount());
      assertEquals(Map.of("size", "42", "colour", "blue"), found.attributes());
      assertEquals(ProductStatus.DRAFT, found.status());
    } finally {
      transaction.rollback();
    }
    assertTrue(products.findBySku(sku, false).isEmpty(), "a DRAFT is not public");
  }

  @Test
  void shouldRefuseUpdateFromStaleVersion() {
    Product product = Fixtures.activeProductWithStock(categories, products, inventory, 0);
    long read = product.version();
    products
        .update(
            product.id(),
            Fixtures.details(product.categoryId(), "5.00"),
            ProductStatus.ACTIVE,
            read)
        .orElseThrow();
    assertThrows(
        ConflictException.class,
        () ->
            products.update(
                product.id(),
                Fixtures.details(product.categoryId(), "6.00"),
                ProductStatus.ACTIVE,
                read));
    assertEquals(
        new BigDecimal("5.00"), products.find(product.id(), true).orElseThrow().price().amount());
  }

  @Test
  void shouldRefuseAdjustmentBelowReservedAndAuditTheOthers() {
    Product product = Fixtures.activeProductWithStock(categories, products, inventory, 3);
    assertThrows(
        ConflictException.class, () -> inventory.adjust(product.id(), -4, "too much", "tester"));
    var adjustment = inventory.adjust(product.id(), -1, "damaged", "tester").orElseThrow();
    assertEquals(2, adjustment.onHandAfter());
    var audit = inventory.latestAdjustments(product.id()).orElseThrow();
    assertEquals(2, audit.size());
    assertEquals("damaged", audit.get(0).reason());
    assertEquals("tester", audit.get(0).actor());
    assertEquals(2, inventory.find(product.id()).orElseThrow().onHand());
  }
}
