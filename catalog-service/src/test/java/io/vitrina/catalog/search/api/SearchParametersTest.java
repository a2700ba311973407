package io.vitrina.catalog.search.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.catalog.product.domain.CurrencyCode;
import io.vitrina.catalog.product.domain.ProductStatus;
import io.vitrina.catalog.search.domain.AttributeFilter;
import io.vitrina.catalog.search.domain.Cursor;
import io.vitrina.catalog.search.domain.SearchCriteria;
import io.vitrina.catalog.search.domain.SearchSort;
import io.vitrina.catalog.search.domain.TextQuery;
import io.vitrina.platform.problem.InvalidInputException;
import io.vitrina.platform.problem.ProblemException;
import io.vitrina.platform.problem.Violation;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SearchParametersTest {

  private static final String ID = "0b7d5a52-3c4e-4f3a-9a51-1f0e2d3c4b5a";

  /** Parameters built one at a time, as a query string would give them. */
  private static final class Params {
    final Map<String, String> values = new LinkedHashMap<>();
    final Map<String, List<String>> attributes = new LinkedHashMap<>();

    Params with(String name, String value) {
      values.put(name, value);
      return this;
    }

    Params attr(String name, String... values) {
      attributes.put("attr." + name, List.of(values));
      return this;
    }

    SearchParameters build() {
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
          attributes);
    }

    SearchCriteria anonymous() {
      return build().toCriteria(false, 10_000);
    }

    Set<String> rejected() {
      InvalidInputException invalid =
          assertThrows(InvalidInputException.class, () -> build().toCriteria(true, 10_000));
      return invalid.violations().stream().map(Violation::field).collect(Collectors.toSet());
    }
  }

  private static Params params() {
    return new Params();
  }

  @Test
  void shouldBrowseActiveProductsByNameByDefault() {
    SearchCriteria criteria = params().anonymous();
    assertEquals(TextQuery.Kind.BROWSE, criteria.text().kind());
    assertEquals(Set.of(ProductStatus.ACTIVE), criteria.statuses());
    assertEquals(SearchSort.NAME, criteria.sort());
    assertEquals(20, criteria.size());
    assertEquals(0, criteria.page());
    assertNull(criteria.after());
  }

  @Test
  void shouldSortByRelevanceOnlyWhenThereAreWordsToRank() {
    assertEquals(SearchSort.RELEVANCE, params().with("q", "shoes").anonymous().sort());
    assertEquals(SearchSort.NAME, params().with("q", "tv").anonymous().sort());
    assertEquals(
        SearchSort.NAME, params().with("q", "tv").with("sort", "relevance").anonymous().sort());
    assertEquals(
        SearchSort.PRICE_DESCENDING,
        params().with("q", "shoes").with("sort", "-price").anonymous().sort());
  }

  @Test
  void shouldShowEveryStatusToAdministratorsUnlessTheyChooseOne() {
    assertEquals(
        EnumSet.allOf(ProductStatus.class), params().build().toCriteria(true, 10_000).statuses());
    assertEquals(
        Set.of(ProductStatus.DRAFT),
        params().with("status", "DRAFT").build().toCriteria(true, 10_000).statuses());
  }

  @Test
  void shouldForbidUnlistedStatusesToEveryoneElse() {
    ProblemException forbidden =
        assertThrows(ProblemException.class, () -> params().with("status", "DRAFT").anonymous());
    assertEquals(403, forbidden.status());
    assertEquals(
        Set.of(ProductStatus.ACTIVE), params().with("status", "ACTIVE").anonymous().statuses());
  }

  @Test
  void shouldReadEveryFilter() {
    SearchCriteria criteria =
        params()
            .with("q", "blue shoes")
            .with("category", ID)
            .with("minPrice", "10")
            .with("maxPrice", "99.95")
            .with("currency", "EUR")
            .with("inStock", "true")
            .attr("colour", "Red")
            .attr("size", "42")
            .with("sort", "newest")
            .with("page", "3")
            .with("size", "50")
            .anonymous();
    assertEquals(ID, criteria.categoryId());
    assertEquals(new BigDecimal("10"), criteria.minPrice());
    assertEquals(new BigDecimal("99.95"), criteria.maxPrice());
    assertEquals(CurrencyCode.EUR, criteria.currency());
    assertTrue(criteria.inStock());
    assertEquals(
        List.of(new AttributeFilter("colour", "Red"), new AttributeFilter("size", "42")),
        criteria.attributes());
    assertEquals(SearchSort.NEWEST, criteria.sort());
    assertEquals(150, criteria.offset());
  }

  @Test
  void shouldListEveryWrongParameterAtOnce() {
    assertEquals(
        Set.of(
            "q",
            "category",
            "status",
            "currency",
            "minPrice",
            "maxPrice",
            "inStock",
            "sort",
            "size",
            "attr.bad name!"),
        params()
            .with("q", "x".repeat(201))
            .with("category", "../etc")
            .with("status", "SOLD")
            .with("currency", "BTC")
            .with("minPrice", "-1")
            .with("maxPrice", "1e5")
            .with("inStock", "yes")
            .with("sort", "random")
            .with("size", "101")
            .attr("bad name!", "x")
            .rejected());
  }

  @Test
  void shouldRejectMinAboveMaxAndPricesWithoutCurrency() {
    assertEquals(
        Set.of("minPrice"),
        params()
            .with("minPrice", "10")
            .with("maxPrice", "9.99")
            .with("currency", "EUR")
            .rejected());
    assertEquals(Set.of("currency"), params().with("minPrice", "10").rejected());
  }

  @Test
  void shouldBoundSizeAndOffsetDepth() {
    assertEquals(Set.of("size"), params().with("size", "0").rejected());
    assertEquals(Set.of("size"), params().with("size", "99999999999").rejected());
    assertEquals(Set.of("page"), params().with("page", "-1").rejected());
    assertEquals(99, params().with("page", "99").with("size", "100").anonymous().page());
    assertEquals(Set.of("page"), params().with("page", "100").with("size", "100").rejected());
  }

  @Test
  void shouldBoundAttributeFilters() {
    Params tooMany = params();
    for (int i = 0; i < 11; i++) {
      tooMany.attr("a" + i, "v");
    }
    assertEquals(Set.of("attr.*"), tooMany.rejected());
    assertEquals(Set.of("attr.colour"), params().attr("colour", "").rejected());
    assertEquals(Set.of("attr.colour"), params().attr("colour", "x".repeat(501)).rejected());
  }

  @Test
  void shouldAcceptCursorOfTheSameSortOnly() {
    String priceCursor = new Cursor(SearchSort.PRICE, "19.99", ID).encode();
    SearchCriteria next = params().with("sort", "price").with("cursor", priceCursor).anonymous();
    assertEquals(new Cursor(SearchSort.PRICE, "19.99", ID), next.after());
    assertNull(next.page());

    assertEquals(
        Set.of("cursor"), params().with("sort", "name").with("cursor", priceCursor).rejected());
    assertEquals(Set.of("cursor"), params().with("cursor", "garbage").rejected());
    assertEquals(
        Set.of("page"),
        params().with("sort", "price").with("cursor", priceCursor).with("page", "1").rejected());
  }
}
