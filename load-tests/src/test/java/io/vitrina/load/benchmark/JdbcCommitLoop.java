package io.vitrina.load.benchmark;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The ceiling of a checkout's database work: plain JDBC, no server in between, each transaction
 * writing what a placed and paid order writes — one order row, two order lines and one status
 * history row — and committing. It runs against the same MariaDB as the services, in a schema of
 * its own, on tables shaped like order-service's (same columns, keys, checks and foreign keys) that
 * it creates at the start and drops at the end. No XA, no broker, no HTTP, no JSON: what is left is
 * the round trips and the durable commit, which no checkout can beat on this machine.
 */
final class JdbcCommitLoop implements AutoCloseable {

  private static final List<String> CREATE =
      List.of(
          "CREATE TABLE bench_orders ("
              + " id CHAR(36) NOT NULL, customer_id VARCHAR(64) NOT NULL,"
              + " status VARCHAR(24) NOT NULL, currency CHAR(3) NOT NULL,"
              + " subtotal DECIMAL(19,4) NOT NULL, shipping DECIMAL(19,4) NOT NULL,"
              + " tax DECIMAL(19,4) NOT NULL, total DECIMAL(19,4) NOT NULL,"
              + " placed_at DATETIME(6) NOT NULL, paid_at DATETIME(6) NULL,"
              + " updated_at DATETIME(6) NOT NULL, version BIGINT NOT NULL,"
              + " PRIMARY KEY (id), KEY ix_bench_orders_customer (customer_id, placed_at),"
              + " KEY ix_bench_orders_status (status, updated_at),"
              + " CONSTRAINT ck_bench_orders_amounts CHECK (total = subtotal + shipping + tax)"
              + ") ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci",
          "CREATE TABLE bench_order_lines ("
              + " order_id CHAR(36) NOT NULL, line_no INT NOT NULL, product_id CHAR(36) NOT NULL,"
              + " sku VARCHAR(40) NOT NULL, name VARCHAR(200) NOT NULL, quantity INT NOT NULL,"
              + " unit_price DECIMAL(19,4) NOT NULL, line_total DECIMAL(19,4) NOT NULL,"
              + " PRIMARY KEY (order_id, line_no),"
              + " UNIQUE KEY uk_bench_order_lines_product (order_id, product_id),"
              + " CONSTRAINT fk_bench_order_lines_order FOREIGN KEY (order_id)"
              + " REFERENCES bench_orders (id) ON DELETE CASCADE,"
              + " CONSTRAINT ck_bench_order_lines_total CHECK (line_total = unit_price * quantity)"
              + ") ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci",
          "CREATE TABLE bench_order_status_history ("
              + " id BIGINT NOT NULL AUTO_INCREMENT, order_id CHAR(36) NOT NULL,"
              + " from_status VARCHAR(24) NULL, to_status VARCHAR(24) NOT NULL,"
              + " actor VARCHAR(254) NOT NULL, changed_at DATETIME(6) NOT NULL,"
              + " reason VARCHAR(500) NULL, PRIMARY KEY (id),"
              + " KEY ix_bench_history_order (order_id, id),"
              + " CONSTRAINT fk_bench_history_order FOREIGN KEY (order_id)"
              + " REFERENCES bench_orders (id)"
              + ") ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci");

  private static final String DROP =
      "DROP TABLE IF EXISTS bench_order_status_history, bench_order_lines, bench_orders";

  private final String url;
  private final String user;
  private final String password;
  private final List<Connection> connections = new ArrayList<>();

  JdbcCommitLoop(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** Creates the scratch tables afresh (a run that died may have left them behind). */
  void createTables() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(DROP);
      for (String ddl : CREATE) {
        statement.execute(ddl);
      }
    }
  }

  /** One client's loop body, on a connection of its own held until {@link #close()}. */
  LoadRunner.Operation client() {
    try {
      Connection connection = DriverManager.getConnection(url, user, password);
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      synchronized (connections) {
        connections.add(connection);
      }
      PreparedStatement order =
          connection.prepareStatement(
              "INSERT INTO bench_orders (id, customer_id, status, currency, subtotal, shipping,"
                  + " tax, total, placed_at, paid_at, updated_at, version)"
                  + " VALUES (?, ?, 'PAID', 'EUR', ?, ?, ?, ?, ?, ?, ?, 1)");
      PreparedStatement line =
          connection.prepareStatement(
              "INSERT INTO bench_order_lines (order_id, line_no, product_id, sku, name, quantity,"
                  + " unit_price, line_total) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
      PreparedStatement history =
          connection.prepareStatement(
              "INSERT INTO bench_order_status_history (order_id, from_status, to_status, actor,"
                  + " changed_at, reason) VALUES (?, 'PENDING_PAYMENT', 'PAID', ?, ?, NULL)");
      String customer = UUID.randomUUID().toString();
      return random -> {
        long began = System.nanoTime();
        String id = UUID.randomUUID().toString();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        BigDecimal first =
            BigDecimal.valueOf(5 + random.nextInt(500), 0).add(new BigDecimal("0.99"));
        BigDecimal second =
            BigDecimal.valueOf(5 + random.nextInt(500), 0).add(new BigDecimal("0.99"));
        BigDecimal subtotal = first.add(second);
        BigDecimal tax =
            subtotal.multiply(new BigDecimal("0.21")).setScale(2, java.math.RoundingMode.HALF_EVEN);
        try {
          order.setString(1, id);
          order.setString(2, customer);
          order.setBigDecimal(3, subtotal);
          order.setBigDecimal(4, BigDecimal.ZERO);
          order.setBigDecimal(5, tax);
          order.setBigDecimal(6, subtotal.add(tax));
          order.setObject(7, now);
          order.setObject(8, now);
          order.setObject(9, now);
          order.executeUpdate();
          int lineNo = 1;
          for (BigDecimal price : List.of(first, second)) {
            line.setString(1, id);
            line.setInt(2, lineNo);
            line.setString(3, UUID.randomUUID().toString());
            line.setString(4, "BENCH-" + lineNo);
            line.setString(5, "Benchmark product " + lineNo);
            line.setInt(6, 1);
            line.setBigDecimal(7, price);
            line.setBigDecimal(8, price);
            line.executeUpdate();
            lineNo++;
          }
          history.setString(1, id);
          history.setString(2, customer);
          history.setObject(3, now);
          history.executeUpdate();
          connection.commit();
          return new LoadRunner.Outcome(true, System.nanoTime() - began);
        } catch (SQLException e) {
          connection.rollback();
          throw e;
        }
      };
    } catch (SQLException e) {
      throw new IllegalStateException("No connection to " + url, e);
    }
  }

  /** Closes the clients' connections and drops the scratch tables. */
  @Override
  public void close() throws SQLException {
    synchronized (connections) {
      for (Connection connection : connections) {
        connection.close();
      }
      connections.clear();
    }
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(DROP);
    }
  }
}
