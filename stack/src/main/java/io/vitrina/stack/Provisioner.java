package io.vitrina.stack;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.plugin.logging.Log;

/** Creates each service's schema and user over JDBC with the admin account, idempotently. */
final class Provisioner {
  private Provisioner() {}

  /**
   * @param users each database (schema and user name) with the password its user gets
   */
  static void provision(
      InfraEnvironment.DatabaseServer server, Map<Database, String> users, Log log)
      throws StackException {
    try (Connection connection = connect(server)) {
      boolean xaRecoverAdmin = needsXaRecoverAdmin(connection.getMetaData());
      try (Statement statement = connection.createStatement()) {
        for (Map.Entry<Database, String> entry : users.entrySet()) {
          Database database = entry.getKey();
          for (String sql :
              ProvisioningSql.provision(
                  database.getName(), database.getUser(), entry.getValue(), xaRecoverAdmin)) {
            statement.execute(sql);
          }
          log.info(
              "Database schema '"
                  + database.getName()
                  + "' ready for user '"
                  + database.getUser()
                  + "'");
        }
      }
    } catch (SQLException e) {
      throw new StackException(
          "Could not provision the databases on "
              + server.host()
              + ":"
              + server.port()
              + " as "
              + server.adminUser()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Uses the driver class directly: DriverManager only sees drivers of the class loader that first
   * initialized it, which inside Maven is not the plugin's.
   */
  static Connection connect(String host, int port, String schema, String user, String password)
      throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    properties.setProperty("connectTimeout", "10000");
    // MySQL 8's caching_sha2_password needs the server's RSA key on a connection without TLS.
    properties.setProperty("allowPublicKeyRetrieval", "true");
    String url = "jdbc:mysql://" + host + ":" + port + "/" + (schema == null ? "" : schema);
    return new com.mysql.cj.jdbc.Driver().connect(url, properties);
  }

  private static Connection connect(InfraEnvironment.DatabaseServer server) throws SQLException {
    return connect(server.host(), server.port(), null, server.adminUser(), server.adminPassword());
  }

  private static boolean needsXaRecoverAdmin(DatabaseMetaData metaData) throws SQLException {
    boolean mariaDb = metaData.getDatabaseProductVersion().contains("MariaDB");
    return !mariaDb && metaData.getDatabaseMajorVersion() >= 8;
  }
}
