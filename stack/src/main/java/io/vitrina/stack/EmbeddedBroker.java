package io.vitrina.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;
import org.apache.maven.plugin.logging.Log;

/**
 * An Artemis broker in the build's JVM: one core-protocol acceptor on 127.0.0.1, a persistent
 * journal, one user with every permission, and the same dead-letter and redelivery rules the
 * services get in production.
 */
final class EmbeddedBroker {
  static final String HOST = "127.0.0.1";
  static final String DEAD_LETTER_ADDRESS = "DLQ";
  static final String EXPIRY_ADDRESS = "ExpiryQueue";
  private static final String ROLE = "vitrina";

  private final EmbeddedActiveMQ broker;
  private final int port;
  private final Duration startTime;

  private EmbeddedBroker(EmbeddedActiveMQ broker, int port, Duration startTime) {
    this.broker = broker;
    this.port = port;
    this.startTime = startTime;
  }

  static EmbeddedBroker start(Path directory, String user, String password, Log log)
      throws StackException {
    int port = Ports.free();
    long started = System.nanoTime();
    ConfigurationImpl config = new ConfigurationImpl();
    config.setName("vitrina");
    config.setPersistenceEnabled(true);
    // NIO needs no native library; AIO would only log a fallback warning where libaio is missing.
    config.setJournalType(JournalType.NIO);
    config.setJournalDirectory(directory.resolve("journal").toString());
    config.setBindingsDirectory(directory.resolve("bindings").toString());
    config.setPagingDirectory(directory.resolve("paging").toString());
    config.setLargeMessagesDirectory(directory.resolve("large-messages").toString());
    config.setNodeManagerLockDirectory(directory.toString());
    config.setJMXManagementEnabled(false);
    config.setSecurityEnabled(true);
    // Core only: other protocols' default ports (5672 AMQP, ...) may belong to another broker.
    try {
      config.addAcceptorConfiguration("core", "tcp://" + HOST + ":" + port + "?protocols=CORE");
    } catch (Exception e) {
      throw new StackException("Invalid broker acceptor on port " + port, e);
    }
    config.addAddressSetting("#", addressSettings());
    config.putSecurityRoles(
        "#",
        Set.of(
            new Role(
                ROLE, true, true, true, true, true, true, true, true, true, true, true, true)));
    config.addAddressConfiguration(anycast(DEAD_LETTER_ADDRESS));
    config.addAddressConfiguration(anycast(EXPIRY_ADDRESS));

    SecurityConfiguration users = new SecurityConfiguration();
    users.addUser(user, password);
    users.addRole(user, ROLE);
    EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
    broker.setConfiguration(config);
    broker.setSecurityManager(
        new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), users));
    try {
      broker.start();
    } catch (Exception e) {
      stopQuietly(broker);
      throw new StackException("Could not start the embedded Artemis broker in " + directory, e);
    }
    Duration startTime = Duration.ofNanos(System.nanoTime() - started);
    log.info("Artemis started on " + HOST + ":" + port + " in " + startTime.toMillis() + " ms");
    return new EmbeddedBroker(broker, port, startTime);
  }

  /**
   * Failed deliveries are retried 5 times, 1 s apart and doubling, then moved to DLQ: the consumers
   * rethrow on failure and rely on exactly this.
   */
  static AddressSettings addressSettings() {
    return new AddressSettings()
        .setDeadLetterAddress(SimpleString.of(DEAD_LETTER_ADDRESS))
        .setExpiryAddress(SimpleString.of(EXPIRY_ADDRESS))
        .setMaxDeliveryAttempts(5)
        .setRedeliveryDelay(1000)
        .setRedeliveryMultiplier(2)
        .setAutoCreateAddresses(true)
        .setAutoCreateQueues(true);
  }

  private static CoreAddressConfiguration anycast(String name) {
    return new CoreAddressConfiguration()
        .setName(name)
        .addRoutingType(RoutingType.ANYCAST)
        .addQueueConfiguration(QueueConfiguration.of(name).setRoutingType(RoutingType.ANYCAST));
  }

  int port() {
    return port;
  }

  Duration startTime() {
    return startTime;
  }

  void stop() throws StackException {
    try {
      broker.stop();
    } catch (Exception e) {
      throw new StackException("Could not stop the embedded Artemis broker", e);
    }
  }

  private static void stopQuietly(EmbeddedActiveMQ broker) {
    try {
      broker.stop();
    } catch (Exception e) {
      // the start failure is what gets reported
    }
  }
}
