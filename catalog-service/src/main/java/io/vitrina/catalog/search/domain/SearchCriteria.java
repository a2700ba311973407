package io.vitrina.catalog.search.domain;

import io.vitrina.catalog.product.domain.CurrencyCode;
import io.vitrina.catalog.product.domain.ProductStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A validated search: every filter is optional (null or empty) and they all hold at once.
 *
 * @param categoryId the category whose whole subtree is searched
 * @param statuses the statuses the caller may see and asked for; never empty
 * @param sort the order actually used: relevance only when {@code text} has full-text words
 * @param page the page of an offset search; null when {@code after} is given
 * @param after where the previous page ended; null for an offset search
 */
public record SearchCriteria(
    TextQuery text,
    String categoryId,
    Set<ProductStatus> statuses,
    CurrencyCode currency,
    BigDecimal minPrice,
    BigDecimal maxPrice,
    boolean inStock,
    List<AttributeFilter> attributes,
    SearchSort sort,
    int size,
    Integer page,
    Cursor after) {

  public SearchCriteria {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sort, "sort");
    statuses = Set.copyOf(statuses);
    attributes = List.copyOf(attributes);
    if (statuses.isEmpty()) {
      throw new IllegalArgumentException("no status to search");
    }
    if (sort == SearchSort.RELEVANCE && text.kind() != TextQuery.Kind.FULLTEXT) {
      throw new IllegalArgumentException("relevance needs full-text words");
    }
    if ((page == null) == (after == null)) {
      throw new IllegalArgumentException("exactly one of page and cursor");
    }
    if (after != null && after.sort() != sort) {
      throw new IllegalArgumentException("the cursor belongs to another sort");
    }
  }

  /** The rows an offset search skips. */
  public long offset() {
    return page == null ? 0 : (long) page * size;
  }
}
