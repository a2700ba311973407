package io.vitrina.catalog.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.catalog.category.domain.Category;
import io.vitrina.catalog.category.domain.CategoryService;
import io.vitrina.catalog.inventory.domain.InventoryService;
import io.vitrina.catalog.product.domain.CurrencyCode;
import io.vitrina.catalog.product.domain.Price;
import io.vitrina.catalog.product.domain.Product;
import io.vitrina.catalog.product.domain.ProductDetails;
import io.vitrina.catalog.product.domain.ProductService;
import io.vitrina.catalog.product.domain.ProductStatus;
import io.vitrina.catalog.search.api.SearchParameters;
import io.vitrina.catalog.search.domain.Cursor;
import io.vitrina.catalog.search.domain.SearchCriteria;
import io.vitrina.catalog.search.domain.SearchHit;
import io.vitrina.catalog.search.domain.SearchResult;
import io.vitrina.catalog.search.domain.SearchService;
import io.vitrina.catalog.search.domain.SearchSort;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The search's native SQL on the real database: the FULLTEXT index and its boolean-mode
 * expressions, relevance order, the filters, and keyset paging on every sort. Each test searches
 * only within categories (and words) of its own.
 */
@ExtendWith(ArquillianExtension.class)
class SearchArquillianIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.catalogService(SearchArquillianIT.class);
  }

  @Inject CategoryService categories;
  @Inject ProductService products;
  @Inject InventoryService inventory;
  @Inject SearchService search;

  /** A word no other test's products contain: letters only, so one full-text token. */
  private static String word() {
    StringBuilder word = new StringBuilder("zq");
    for (char c : Fixtures.unique().toCharArray()) {
      word.append((char) ('a' + Character.digit(c, 16)));
    }
    return word.toString();
  }

  private Product product(
      Category category, String name, String description, String price, Map<String, String> attrs) {
    return products.create(
        Fixtures.sku(),
        new ProductDetails(
            name, description, Price.of(price, CurrencyCode.EUR), category.id(), attrs),
        ProductStatus.ACTIVE,
        0);
  }

  private static SearchCriteria criteria(Map<String, String> values, boolean admin) {
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    values.forEach(
        (name, value) -> {
          if (name.startsWith("attr.")) {
            attributes.put(name, List.of(value));
          }
        });
    return new SearchParameters(
            values.get("q"),
            values.get("category"),
            values.get("status"),
            values.get("minPrice"),
            values.get("maxPrice"),
            values.get("currency"),
            values.get("inStock"),
            values.get("sort"),
            values.get("page"),
            values.get("size"),
            values.get("cursor"),
            attributes)
        .toCriteria(admin, 10_000);
  }

  private SearchResult run(Map<String, String> values) {
    return search.search(criteria(values, false)).orElseThrow();
  }

  private static List<String> ids(SearchResult result) {
    return result.items().stream().map(SearchHit::id).toList();
  }

  @Test
  void shouldRankProductsThatMentionTheWordMoreOftenFirst() {
    Category category = Fixtures.rootCategory(categories);
    String word = word();
    Product once = product(category, "Plain lamp", "A lamp, " + word + " once.", "10.00", Map.of());
    Product often =
        product(
            category,
            "Lamp " + word,
            word + " lamp, the " + word + " of lamps.",
            "20.00",
            Map.of());
    product(category, "Unrelated lamp", "Nothing to see.", "30.00", Map.of());

    SearchResult result = run(Map.of("q", word, "category", category.id()));

    assertEquals(List.of(often.id(), once.id()), ids(result));
    assertEquals(2, result.total());
    assertTrue(result.items().get(0).score() > result.items().get(1).score());
    // A word prefix matches, and so does any case.
    assertEquals(
        2, run(Map.of("q", word.substring(0, 6).toUpperCase(), "category", category.id())).total());
    // Every word is required.
    assertEquals(
        List.of(often.id()), ids(run(Map.of("q", word + " lamps", "category", category.id()))));
  }

  @Test
  void shouldNeverHandOperatorsToTheFullTextParser() {
    Category category = Fixtures.rootCategory(categories);
    String word = word();
    Product product = product(category, "Kettle " + word, "Boils water", "15.00", Map.of());
    for (String text :
        List.of(
            "\"" + word,
            "+-*" + word + "*-+",
            "((" + word,
            word + " ~<>@2 \"",
            "'" + word + "' OR 1=1 --")) {
      assertEquals(
          List.of(product.id()), ids(run(Map.of("q", text, "category", category.id()))), text);
    }
  }

  @Test
  void shouldMatchShortTextAsNamePrefix() {
    Category category = Fixtures.rootCategory(categories);
    Product tv = product(category, "TV stand", null, "99.00", Map.of());
    product(category, "Smart TV", null, "499.00", Map.of());
    product(category, "50% off sign", null, "5.00", Map.of());

    assertEquals(List.of(tv.id()), ids(run(Map.of("q", "tv", "category", category.id()))));
    assertEquals(1, run(Map.of("q", "50%", "category", category.id())).total());
    assertEquals(0, run(Map.of("q", "5_%", "category", category.id())).total());
    assertEquals(0, run(Map.of("q", "%", "category", category.id())).total());
  }

  @Test
  void shouldFilterBySubtreePriceStockAndAttributes() {
    Category root = Fixtures.rootCategory(categories);
    Category child = categories.create(root.id(), "Child", "child");
    Category grandchild = categories.create(child.id(), "Grandchild", "grandchild");
    Category elsewhere = Fixtures.rootCategory(categories);
    Product cheapRed = product(grandchild, "Cheap red", null, "5.00", Map.of("colour", "red"));
    Product dearRed =
        product(child, "Dear red", null, "50.00", Map.of("colour", "Red", "size", "L"));
    Product blue = product(root, "Blue", null, "20.00", Map.of("colour", "blue"));
    product(elsewhere, "Red elsewhere", null, "5.00", Map.of("colour", "red"));
    inventory.adjust(dearRed.id(), 3, "stock", "arquillian").orElseThrow();
    inventory.adjust(blue.id(), 1, "stock", "arquillian").orElseThrow();

    assertEquals(
        Set.of(cheapRed.id(), dearRed.id(), blue.id()),
        Set.copyOf(ids(run(Map.of("category", root.id())))));
    assertEquals(
        Set.of(cheapRed.id(), dearRed.id()), Set.copyOf(ids(run(Map.of("category", child.id())))));
    assertEquals(
        List.of(blue.id(), dearRed.id()),
        ids(
            run(
                Map.of(
                    "category",
                    root.id(),
                    "minPrice",
                    "20",
                    "maxPrice",
                    "50.00",
                    "currency",
                    "EUR",
                    "sort",
                    "price"))));
    assertEquals(0, run(Map.of("category", root.id(), "minPrice", "1", "currency", "USD")).total());
    SearchResult stocked = run(Map.of("category", root.id(), "inStock", "true", "sort", "-price"));
    assertEquals(List.of(dearRed.id(), blue.id()), ids(stocked));
    assertEquals(3, stocked.items().get(0).available());
    assertEquals(
        Set.of(cheapRed.id(), dearRed.id()),
        Set.copyOf(ids(run(Map.of("category", root.id(), "attr.colour", "RED")))));
    assertEquals(
        List.of(dearRed.id()),
        ids(run(Map.of("category", root.id(), "attr.colour", "red", "attr.size", "L"))));
  }

  @Test
  void shouldShowUnlistedProductsToAdministratorsOnly() {
    Category category = Fixtures.rootCategory(categories);
    Product draft =
        products.create(
            Fixtures.sku(), Fixtures.details(category.id(), "1.00"), ProductStatus.DRAFT, 0);
    assertEquals(0, run(Map.of("category", category.id())).total());
    assertEquals(
        List.of(draft.id()),
        search
            .search(criteria(Map.of("category", category.id()), true))
            .orElseThrow()
            .items()
            .stream()
            .map(SearchHit::id)
            .toList());
  }

  @Test
  void shouldAnswerEmptyForUnknownCategory() {
    assertTrue(
        search
            .search(criteria(Map.of("category", "00000000-0000-0000-0000-000000000000"), false))
            .isEmpty());
  }

  @Test
  void shouldWalkEveryResultExactlyOnceByCursorInEverySort() {
    Category category = Fixtures.rootCategory(categories);
    String word = word();
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      // Equal prices, names and scores in pairs: the id must break the ties.
      String price = (i / 2 + 1) + ".00";
      String name = "Item " + (i / 2) + " " + word;
      String description = (word + " ").repeat(i / 2 + 1);
      all.add(product(category, name, description, price, Map.of()).id());
    }
    for (SearchSort sort : SearchSort.values()) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put("q", word);
      values.put("category", category.id());
      values.put("sort", sort.parameter());
      values.put("size", "2");
      SearchResult first = run(values);
      List<String> seen = new ArrayList<>(ids(first));
      assertEquals(7, first.total(), sort.parameter());
      Cursor next = first.next();
      int pages = 1;
      while (next != null) {
        values.remove("page");
        values.put("cursor", next.encode());
        SearchResult page = run(values);
        assertEquals(7, page.total());
        seen.addAll(ids(page));
        next = page.next();
        pages++;
      }
      assertEquals(4, pages, sort.parameter());
      assertEquals(7, seen.size(), sort.parameter() + " " + seen);
      assertEquals(new HashSet<>(all), new HashSet<>(seen), sort.parameter());
      // The same order as one big page.
      values.remove("cursor");
      values.put("size", "100");
      assertEquals(ids(run(values)), seen, sort.parameter());
    }
  }

  @Test
  void shouldSayThereIsNoNextPageOnTheLastOne() {
    Category category = Fixtures.rootCategory(categories);
    product(category, "Only", null, "1.00", Map.of());
    SearchResult result = run(Map.of("category", category.id()));
    assertNull(result.next());
    assertEquals(1, result.total());
    product(category, "Second", null, "1.00", Map.of());
    assertNotNull(run(Map.of("category", category.id(), "size", "1")).next());
  }
}
