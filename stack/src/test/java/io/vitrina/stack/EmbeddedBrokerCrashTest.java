package io.vitrina.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.api.core.ActiveMQException;
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
 * The embedded broker crashed and started again, as the fault control does it: what it acknowledged
 * survives in the journal, what was never committed does not, and it comes back on the same port.
 */
class EmbeddedBrokerCrashTest {
  private static final String USER = "vitrina";
  private static final String PASSWORD = "Crash-test-123";
  private static final String QUEUE = "test.crash";

  private Path directory;
  private EmbeddedBroker broker;

  @BeforeEach
  void start() throws Exception {
    Path target = Path.of("target").toAbsolutePath();
    Files.createDirectories(target);
    directory = Files.createTempDirectory(target, "broker-crash-");
    broker = EmbeddedBroker.start(directory, USER, PASSWORD, new SystemStreamLog());
  }

  @AfterEach
  void stop() throws Exception {
    broker.stop();
    Infrastructure.deleteRecursively(directory);
  }

  @Test
  void shouldKeepWhatWasCommittedAndLoseWhatWasNotAcrossACrash() throws Exception {
    int port = broker.port();
    try (ServerLocator locator = locator();
        ClientSessionFactory factory = locator.createSessionFactory();
        ClientSession plain = factory.createSession(USER, PASSWORD, false, true, true, false, 0);
        ClientSession transacted =
            factory.createSession(USER, PASSWORD, false, false, false, false, 0)) {
      plain.createQueue(
          QueueConfiguration.of(QUEUE).setRoutingType(RoutingType.ANYCAST).setDurable(true));
      send(plain, "sent");
      send(transacted, "committed");
      transacted.commit();
      send(transacted, "never committed");

      broker.crash();
    }

    assertFalse(broker.isRunning());
    assertThrows(ActiveMQException.class, this::connect, "nothing listens on the port");

    broker.restart();

    assertTrue(broker.isRunning());
    assertEquals(port, broker.port());
    assertEquals(List.of("sent", "committed"), receiveAll());
  }

  @Test
  void shouldDoNothingWhenCrashedTwiceOrRestartedWhileRunning() throws Exception {
    try (ServerLocator locator = locator();
        ClientSessionFactory factory = locator.createSessionFactory();
        ClientSession session =
            factory.createSession(USER, PASSWORD, false, true, true, false, 0)) {
      session.createQueue(
          QueueConfiguration.of(QUEUE).setRoutingType(RoutingType.ANYCAST).setDurable(true));
    }
    broker.restart();
    assertTrue(broker.isRunning());

    broker.crash();
    broker.crash();
    assertFalse(broker.isRunning());

    broker.restart();
    assertEquals(List.of(), receiveAll());
  }

  private ServerLocator locator() throws Exception {
    return ActiveMQClient.createServerLocator("tcp://" + EmbeddedBroker.HOST + ":" + broker.port())
        .setReconnectAttempts(0)
        .setInitialConnectAttempts(1)
        .setCallTimeout(5000);
  }

  private void connect() throws Exception {
    try (ServerLocator locator = locator();
        ClientSessionFactory factory = locator.createSessionFactory()) {
      factory.createSession(USER, PASSWORD, false, true, true, false, 0).close();
    }
  }

  private static void send(ClientSession session, String text) throws ActiveMQException {
    ClientProducer producer = session.createProducer(QUEUE);
    ClientMessage message = session.createMessage(true);
    message.getBodyBuffer().writeString(text);
    producer.send(message);
  }

  private List<String> receiveAll() throws Exception {
    List<String> texts = new ArrayList<>();
    try (ServerLocator locator = locator();
        ClientSessionFactory factory = locator.createSessionFactory();
        ClientSession session =
            factory.createSession(USER, PASSWORD, false, true, true, false, 0)) {
      session.start();
      try (ClientConsumer consumer = session.createConsumer(QUEUE)) {
        ClientMessage message;
        while ((message = consumer.receive(2000)) != null) {
          message.acknowledge();
          texts.add(message.getBodyBuffer().readString());
        }
      }
    }
    return texts;
  }
}
