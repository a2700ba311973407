package io.vitrina.support.report.persistence;

import io.vitrina.support.report.domain.TicketTiming;
import io.vitrina.support.report.domain.TicketTimings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Tickets' times by plain SQL over {@code tickets}, as values: a report reads many tickets once and
 * must not fill a persistence context with entities, nor load their bodies. A keyset page by {@code
 * (opened_at, id)} however deep. Instants are UTC wall time in {@code DATETIME(6)}, read and bound
 * as {@link LocalDateTime} so that no JVM or session time zone shifts them.
 */
@ApplicationScoped
public class JdbcTicketTimings implements TicketTimings {

  private static final String SELECT =
      "SELECT id, type, assignee_id, opened_at, first_responded_at, resolved_at FROM tickets"
          + " WHERE opened_at >= ? AND opened_at < ?";
  private static final String AFTER = " AND (opened_at > ? OR (opened_at = ? AND id > ?))";
  private static final String ORDER_BY = " ORDER BY opened_at, id LIMIT ?";

  @Resource(lookup = "jdbc/vitrina")
  DataSource dataSource;

  @Override
  public List<TicketTiming> page(
      LocalDateTime start, LocalDateTime end, TicketTiming after, int limit) {
    String sql = SELECT + (after == null ? "" : AFTER) + ORDER_BY;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      int at = 1;
      statement.setObject(at++, start);
      statement.setObject(at++, end);
      if (after != null) {
        statement.setObject(at++, after.openedAt());
        statement.setObject(at++, after.openedAt());
        statement.setString(at++, after.id());
      }
      statement.setInt(at, limit);
      List<TicketTiming> page = new ArrayList<>(limit);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          page.add(
              new TicketTiming(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getObject(4, LocalDateTime.class),
                  rows.getObject(5, LocalDateTime.class),
                  rows.getObject(6, LocalDateTime.class)));
        }
      }
      return page;
    } catch (SQLException e) {
      throw new IllegalStateException("Tickets could not be read", e);
    }
  }
}
