package io.vitrina.catalog.search.persistence;

import io.vitrina.catalog.search.domain.SearchCriteria;
import io.vitrina.catalog.search.domain.SearchHit;
import io.vitrina.catalog.search.domain.SearchRepository;
import io.vitrina.catalog.search.domain.SearchTimeoutException;
import io.vitrina.catalog.search.domain.TextQuery;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Searches with native SQL over JDBC on the service's datasource: full text (MATCH ... AGAINST),
 * keyset conditions on computed relevance and a variable number of filters are beyond JPQL, and
 * plain JDBC keeps the types exact (DECIMAL to BigDecimal, DATETIME(6) to LocalDateTime). Reads no
 * entity, so it neither needs nor disturbs a persistence context.
 */
@ApplicationScoped
public class JdbcSearchRepository implements SearchRepository {

  @Resource(lookup = "jdbc/vitrina")
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "vitrina.search.query-timeout", defaultValue = "5")
  int queryTimeoutSeconds;

  @Override
  public Optional<String> categoryPath(String categoryId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("SELECT path FROM categories WHERE id = ?")) {
      statement.setString(1, categoryId);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
      }
    } catch (SQLException failure) {
      throw new IllegalStateException("category lookup failed", failure);
    }
  }

  @Override
  public List<SearchHit> find(SearchCriteria criteria, String subtreePath, int limit) {
    SearchSql query = SearchSql.page(criteria, subtreePath, limit);
    boolean scored = criteria.text().kind() == TextQuery.Kind.FULLTEXT;
    List<SearchHit> hits = new ArrayList<>(limit);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, query);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        hits.add(
            new SearchHit(
                rows.getString("id"),
                rows.getString("sku"),
                rows.getString("name"),
                rows.getBigDecimal("price").setScale(2, RoundingMode.HALF_EVEN),
                rows.getString("currency"),
                rows.getString("category_id"),
                rows.getInt("available"),
                scored ? rows.getDouble("score") : null,
                rows.getObject("created_at", LocalDateTime.class)));
      }
      return hits;
    } catch (SQLTimeoutException slow) {
      throw new SearchTimeoutException();
    } catch (SQLException failure) {
      throw new IllegalStateException("search failed", failure);
    }
  }

  @Override
  public long count(SearchCriteria criteria, String subtreePath) {
    SearchSql query = SearchSql.count(criteria, subtreePath);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = prepare(connection, query);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLTimeoutException slow) {
      throw new SearchTimeoutException();
    } catch (SQLException failure) {
      throw new IllegalStateException("search count failed", failure);
    }
  }

  private PreparedStatement prepare(Connection connection, SearchSql query) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(query.sql());
    try {
      statement.setQueryTimeout(queryTimeoutSeconds);
      int index = 1;
      for (Object parameter : query.parameters()) {
        bind(statement, index++, parameter);
      }
      return statement;
    } catch (SQLException | RuntimeException failure) {
      statement.close();
      throw failure;
    }
  }

  private static void bind(PreparedStatement statement, int index, Object value)
      throws SQLException {
    if (value instanceof String text) {
      statement.setString(index, text);
    } else if (value instanceof BigDecimal decimal) {
      statement.setBigDecimal(index, decimal);
    } else if (value instanceof Integer number) {
      statement.setInt(index, number);
    } else if (value instanceof Long number) {
      statement.setLong(index, number);
    } else if (value instanceof Double number) {
      statement.setDouble(index, number);
    } else if (value instanceof LocalDateTime time) {
      statement.setObject(index, time);
    } else {
      throw new IllegalArgumentException("cannot bind " + value.getClass().getName());
    }
  }
}
