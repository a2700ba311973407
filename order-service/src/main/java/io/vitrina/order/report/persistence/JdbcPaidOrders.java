package io.vitrina.order.report.persistence;

import io.vitrina.order.report.domain.PaidOrder;
import io.vitrina.order.report.domain.PaidOrders;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Paid orders and their lines by plain SQL over {@code orders} and {@code order_lines}, as values:
 * a report reads many orders once and must not fill a persistence context with entities. A keyset
 * page of orders by {@code (paid_at, id)} (the index {@code ix_orders_sales_report}), however deep,
 * then that page's lines in one statement. Instants are UTC wall time in {@code DATETIME(6)}, read
 * and bound as {@link LocalDateTime} so that no JVM or session time zone shifts them.
 */
@ApplicationScoped
public class JdbcPaidOrders implements PaidOrders {

  static final String REFUNDED = "REFUNDED";

  private static final String ORDERS =
      "SELECT id, paid_at, currency, status FROM orders WHERE paid_at >= ? AND paid_at < ?";
  private static final String AFTER = " AND (paid_at > ? OR (paid_at = ? AND id > ?))";
  private static final String ORDER_BY = " ORDER BY paid_at, id LIMIT ?";
  private static final String LINES =
      "SELECT order_id, product_id, sku, name, quantity, line_total FROM order_lines"
          + " WHERE order_id IN (%s) ORDER BY order_id, line_no";

  @Resource(lookup = "jdbc/vitrina")
  DataSource dataSource;

  private record Head(String id, LocalDateTime paidAt, String currency, boolean refunded) {}

  @Override
  public List<PaidOrder> page(LocalDateTime start, LocalDateTime end, PaidOrder after, int limit) {
    try (Connection connection = dataSource.getConnection()) {
      List<Head> heads = heads(connection, start, end, after, limit);
      if (heads.isEmpty()) {
        return List.of();
      }
      Map<String, List<PaidOrder.Line>> lines = lines(connection, heads);
      List<PaidOrder> page = new ArrayList<>(heads.size());
      for (Head head : heads) {
        page.add(
            new PaidOrder(
                head.id(),
                head.paidAt(),
                head.currency(),
                head.refunded(),
                lines.getOrDefault(head.id(), Collections.emptyList())));
      }
      return page;
    } catch (SQLException e) {
      throw new IllegalStateException("Paid orders could not be read", e);
    }
  }

  private static List<Head> heads(
      Connection connection, LocalDateTime start, LocalDateTime end, PaidOrder after, int limit)
      throws SQLException {
    String sql = ORDERS + (after == null ? "" : AFTER) + ORDER_BY;
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int at = 1;
      statement.setObject(at++, start);
      statement.setObject(at++, end);
      if (after != null) {
        statement.setObject(at++, after.paidAt());
        statement.setObject(at++, after.paidAt());
        statement.setString(at++, after.id());
      }
      statement.setInt(at, limit);
      List<Head> heads = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          heads.add(
              new Head(
                  rows.getString(1),
                  rows.getObject(2, LocalDateTime.class),
                  rows.getString(3),
                  REFUNDED.equals(rows.getString(4))));
        }
      }
      return heads;
    }
  }

  private static Map<String, List<PaidOrder.Line>> lines(Connection connection, List<Head> heads)
      throws SQLException {
    String sql = String.format(LINES, String.join(",", Collections.nCopies(heads.size(), "?")));
    Map<String, List<PaidOrder.Line>> lines = new HashMap<>(heads.size() * 2);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < heads.size(); i++) {
        statement.setString(i + 1, heads.get(i).id());
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          lines
              .computeIfAbsent(rows.getString(1), id -> new ArrayList<>())
              .add(
                  new PaidOrder.Line(
                      rows.getString(2),
                      rows.getString(3),
                      rows.getString(4),
                      rows.getInt(5),
                      rows.getBigDecimal(6)));
        }
      }
    }
    return lines;
  }
}
