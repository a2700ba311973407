package io.vitrina.catalog.search.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.catalog.product.domain.CurrencyCode;
import io.vitrina.catalog.product.domain.ProductStatus;
import io.vitrina.catalog.search.domain.AttributeFilter;
import io.vitrina.catalog.search.domain.Cursor;
import io.vitrina.catalog.search.domain.SearchCriteria;
import io.vitrina.catalog.search.domain.SearchSort;
import io.vitrina.catalog.search.domain.TextQuery;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchSqlTest {

  private static final String ID = "0b7d5a52-3c4e-4f3a-9a51-1f0e2d3c4b5a";
  private static final String HOSTILE = "x' OR '1'='1";

  private static SearchCriteria criteria(TextQuery text, SearchSort sort, Cursor after) {
    return new SearchCriteria(
        text,
        ID,
        Set.of(ProductStatus.ACTIVE),
        CurrencyCode.EUR,
        new BigDecimal("1.00"),
        new BigDecimal("2.00"),
        true,
        List.of(new AttributeFilter(HOSTILE, HOSTILE)),
        sort,
        20,
        after == null ? 0 : null,
        after);
  }

  private static long placeholders(String sql) {
    return sql.chars().filter(c -> c == '?').count();
  }

  @Test
  void shouldKeepEveryClientValueOutOfTheSqlText() {
    for (SearchSort sort : SearchSort.values()) {
      TextQuery text = TextQuery.parse(sort == SearchSort.RELEVANCE ? "shoes " + HOSTILE : HOSTILE);
      String key =
          sort == SearchSort.NAME ? HOSTILE : sort == SearchSort.NEWEST ? "2025-01-01T00:00" : "1";
      for (Cursor after : new Cursor[] {null, new Cursor(sort, key, ID)}) {
        SearchSql page = SearchSql.page(criteria(text, sort, after), "/" + ID + "/", 21);
        assertFalse(page.sql().contains("'1'"), page.sql());
        assertFalse(page.sql().contains(ID), page.sql());
        assertEquals(placeholders(page.sql()), page.parameters().size(), page.sql());
        SearchSql count = SearchSql.count(criteria(text, sort, after), "/" + ID + "/");
        assertEquals(placeholders(count.sql()), count.parameters().size(), count.sql());
      }
    }
  }

  @Test
  void shouldMatchFullTextAndOrderByScoreThenId() {
    SearchSql page =
        SearchSql.page(
            criteria(TextQuery.parse("blue shoes"), SearchSort.RELEVANCE, null), null, 21);
    assertTrue(page.sql().contains("AGAINST (? IN BOOLEAN MODE) AS score"), page.sql());
    assertTrue(page.sql().endsWith("ORDER BY score DESC, p.id ASC LIMIT ? OFFSET ?"), page.sql());
    assertEquals("+blue* +shoes*", page.parameters().get(0));
  }

  @Test
  void shouldResumeDescendingSortsBelowTheCursor() {
    Cursor after = new Cursor(SearchSort.PRICE_DESCENDING, "9.99", ID);
    SearchSql page =
        SearchSql.page(criteria(TextQuery.parse(""), SearchSort.PRICE_DESCENDING, after), null, 21);
    assertTrue(page.sql().contains("(p.price < ? OR (p.price = ? AND p.id < ?))"), page.sql());
    assertTrue(page.sql().endsWith("ORDER BY p.price DESC, p.id DESC LIMIT ?"), page.sql());
    List<Object> parameters = page.parameters();
    assertEquals(
        List.of(new BigDecimal("9.99"), new BigDecimal("9.99"), ID, 21),
        parameters.subList(parameters.size() - 4, parameters.size()));
  }

  @Test
  void shouldMatchNamePrefixWithEscapedPattern() {
    SearchSql count = SearchSql.count(criteria(TextQuery.parse("5%"), SearchSort.NAME, null), null);
    assertTrue(count.sql().contains("p.name LIKE ? ESCAPE '!'"), count.sql());
    assertTrue(count.parameters().contains("5!%%"), count.parameters().toString());
  }
}
