package io.vitrina.catalog.search.persistence;

import io.vitrina.catalog.product.domain.ProductStatus;
import io.vitrina.catalog.search.domain.AttributeFilter;
import io.vitrina.catalog.search.domain.Cursor;
import io.vitrina.catalog.search.domain.SearchCriteria;
import io.vitrina.catalog.search.domain.SearchSort;
import io.vitrina.catalog.search.domain.TextQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The SQL of a search and its parameters. Every piece of SQL text here is a constant of this class
 * or a placeholder count; values from a request only ever go into {@link #parameters()}. Sort
 * columns and directions come from the {@link SearchSort} constants, never from the request.
 *
 * @param sql the statement, with {@code ?} placeholders
 * @param parameters the values of the placeholders, in order
 */
public record SearchSql(String sql, List<Object> parameters) {

  static final String MATCH = "MATCH (p.name, p.description) AGAINST (? IN BOOLEAN MODE)";

  private static final String COLUMNS =
      "SELECT p.id, p.sku, p.name, p.price, p.currency, p.category_id, p.created_at,"
          + " COALESCE(i.on_hand - i.reserved, 0) AS available";

  // Every product has its inventory row; the outer join keeps one that somehow had none visible.
  private static final String FROM =
      " FROM products p LEFT JOIN inventory i ON i.product_id = p.id";

  public SearchSql {
    parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
  }

  /** The page: at most {@code limit} rows in the criteria's order, after its cursor or offset. */
  public static SearchSql page(SearchCriteria criteria, String subtreePath, int limit) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder sql = new StringBuilder(COLUMNS);
    boolean fulltext = criteria.text().kind() == TextQuery.Kind.FULLTEXT;
    if (fulltext) {
      sql.append(", ").append(MATCH).append(" AS score");
      parameters.add(criteria.text().expression());
    }
    sql.append(FROM);
    List<String> conditions = new ArrayList<>();
    filters(criteria, subtreePath, conditions, parameters);
    if (criteria.after() != null) {
      conditions.add(keyset(criteria, parameters));
    }
    where(sql, conditions);
    sql.append(" ORDER BY ").append(order(criteria.sort()));
    sql.append(" LIMIT ?");
    parameters.add(limit);
    if (criteria.after() == null) {
      sql.append(" OFFSET ?");
      parameters.add(criteria.offset());
    }
    return new SearchSql(sql.toString(), parameters);
  }

  /** How many products match, ignoring page and cursor. */
  public static SearchSql count(SearchCriteria criteria, String subtreePath) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT COUNT(*)").append(FROM);
    List<String> conditions = new ArrayList<>();
    filters(criteria, subtreePath, conditions, parameters);
    where(sql, conditions);
    return new SearchSql(sql.toString(), parameters);
  }

  private static void filters(
      SearchCriteria criteria,
      String subtreePath,
      List<String> conditions,
      List<Object> parameters) {
    List<ProductStatus> statuses = criteria.statuses().stream().sorted().toList();
    conditions.add("p.status IN (" + placeholders(statuses.size()) + ")");
    statuses.forEach(status -> parameters.add(status.name()));

    switch (criteria.text().kind()) {
      case FULLTEXT -> {
        conditions.add(MATCH);
        parameters.add(criteria.text().expression());
      }
      case PREFIX -> {
        conditions.add("p.name LIKE ? ESCAPE '" + TextQuery.LIKE_ESCAPE + "'");
        parameters.add(criteria.text().likePattern());
      }
      case BROWSE -> {
        // no text condition
      }
    }
    if (subtreePath != null) {
      // A path is ids and slashes only: no LIKE wildcard to escape.
      conditions.add(
          "p.category_id IN (SELECT c.id FROM categories c WHERE c.path LIKE CONCAT(?, '%'))");
      parameters.add(subtreePath);
    }
    if (criteria.currency() != null) {
      conditions.add("p.currency = ?");
      parameters.add(criteria.currency().name());
    }
    if (criteria.minPrice() != null) {
      conditions.add("p.price >= ?");
      parameters.add(criteria.minPrice());
    }
    if (criteria.maxPrice() != null) {
      conditions.add("p.price <= ?");
      parameters.add(criteria.maxPrice());
    }
    if (criteria.inStock()) {
      conditions.add("i.on_hand - i.reserved > 0");
    }
    for (AttributeFilter attribute : criteria.attributes()) {
      conditions.add(
          "EXISTS (SELECT 1 FROM product_attributes a WHERE a.product_id = p.id"
              + " AND a.attr_name = ? AND a.attr_value = ?)");
      parameters.add(attribute.name());
      parameters.add(attribute.value());
    }
  }

  /** Rows strictly after the cursor in the sort's order: (key, id) beyond (last key, last id). */
  private static String keyset(SearchCriteria criteria, List<Object> parameters) {
    Cursor after = criteria.after();
    SearchSort sort = criteria.sort();
    Object key = after.typedKey();
    String beyond = sort.ascending() ? ">" : "<";
    String idBeyond = sort == SearchSort.RELEVANCE || sort.ascending() ? ">" : "<";
    String column = column(sort);
    if (sort == SearchSort.RELEVANCE) {
      parameters.add(criteria.text().expression());
      parameters.add(key);
      parameters.add(criteria.text().expression());
      parameters.add(key);
    } else {
      parameters.add(key);
      parameters.add(key);
    }
    parameters.add(after.id());
    return "(" + column + " " + beyond + " ? OR (" + column + " = ? AND p.id " + idBeyond + " ?))";
  }

  private static String column(SearchSort sort) {
    return switch (sort) {
      case RELEVANCE -> MATCH;
      case PRICE, PRICE_DESCENDING -> "p.price";
      case NEWEST -> "p.created_at";
      case NAME -> "p.name";
    };
  }

  /**
   * The order: the key, then the id in the same direction so that a descending order reads an index
   * backwards; relevance breaks ties by ascending id.
   */
  private static String order(SearchSort sort) {
    return switch (sort) {
      case RELEVANCE -> "score DESC, p.id ASC";
      case PRICE -> "p.price ASC, p.id ASC";
      case PRICE_DESCENDING -> "p.price DESC, p.id DESC";
      case NEWEST -> "p.created_at DESC, p.id DESC";
      case NAME -> "p.name ASC, p.id ASC";
    };
  }

  private static void where(StringBuilder sql, List<String> conditions) {
    if (!conditions.isEmpty()) {
      sql.append(" WHERE ").append(String.join(" AND ", conditions));
    }
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }
}
