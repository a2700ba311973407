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
import org.apache.activemq.artemis.core.server.impl.ActiveMQServerImpl;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;
import org.apache.maven.plugin.logging.Log;

/**
 * An Artemis broker in the build's JVM: one core-protocol acceptor on 127.0.0.1, a persistent
 * journal, one user with every permission, and the same dead-letter and redelivery rules the
 * services get in production.
 *
 * <p>The fault tests can {@link #crash} it and {@link #restart} it on the same port and journal, to
 * show what a broker failure does to the services.
 */
final class EmbeddedBroker {
  static final String HOST = "127.0.0.1";
  static final String DEAD_LETTER_ADDRESS = "DLQ";
  static final String EXPIRY_ADDRESS = "ExpiryQueue";
  private static final String ROLE = "vitrina";

  /** The first redelivery's delay in production; each following one waits twice as long. */
  static final Duration REDELIVERY_DELAY = Duration.ofSeconds(1);

  private final ConfigurationImpl config;
  private final ActiveMQJAASSecurityManager securityManager;
  private final Path directory;
  private final int port;
  private final Duration startTime;

  /** The running broker; null while crashed or stopped. */
  private EmbeddedActiveMQ broker;

  private EmbeddedBroker(
      EmbeddedActiveMQ broker,
      ConfigurationImpl config,
      ActiveMQJAASSecurityManager securityManager,
      Path directory,
      int port,
      Duration startTime) {
    this.broker = broker;
    this.config = config;
    this.securityManager = securityManager;
    this.directory = directory;
    this.port = port;
    this.startTime = startTime;
  }

  static EmbeddedBroker start(Path directory, String user, String password, Log log)
      throws StackException {
    return start(directory, user, password, REDELIVERY_DELAY, log);
  }

  /**
   * @param redeliveryDelay the first redelivery's delay (production's is {@link
   *     #REDELIVERY_DELAY}); the test builds shorten it so that a message that cannot be processed
   *     reaches the dead-letter address sooner, after the same number of attempts
   */
  static EmbeddedBroker start(
      Path directory, String user, String password, Duration redeliveryDelay, Log log)
      throws StackException {
    // Bound again on restart: below the ephemeral range, where no outgoing connection takes it.
    int port = Ports.rebindable();
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
    config.addAddressSetting("#", addressSettings(redeliveryDelay));
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
    ActiveMQJAASSecurityManager securityManager =
        new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), users);
    EmbeddedActiveMQ broker = startBroker(config, securityManager, directory);
    Duration startTime = Duration.ofNanos(System.nanoTime() - started);
    log.info("Artemis started on " + HOST + ":" + port + " in " + startTime.toMillis() + " ms");
    return new EmbeddedBroker(broker, config, securityManager, directory, port, startTime);
  }

  private static EmbeddedActiveMQ startBroker(
      ConfigurationImpl config, ActiveMQJAASSecurityManager securityManager, Path directory)
      throws StackException {
    EmbeddedActiveMQ broker = new EmbeddedActiveMQ();
    broker.setConfiguration(config);
    broker.setSecurityManager(securityManager);
    try {
      broker.start();
    } catch (Exception e) {
      stopQuietly(broker);
      throw new StackException("Could not start the embedded Artemis broker in " + directory, e);
    }
    return broker;
  }

  /**
   * Failed deliveries are retried 5 times, the first after {@code redeliveryDelay} (1 s in
   * production) and each following one after twice the wait before it, then moved to DLQ: the
   * consumers rethrow on failure and rely on exactly this.
   */
  static AddressSettings addressSettings(Duration redeliveryDelay) {
    return new AddressSettings()
        .setDeadLetterAddress(SimpleString.of(DEAD_LETTER_ADDRESS))
        .setExpiryAddress(SimpleString.of(EXPIRY_ADDRESS))
        .setMaxDeliveryAttempts(5)
        .setRedeliveryDelay(redeliveryDelay.toMillis())
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

  synchronized boolean isRunning() {
    return broker != null;
  }

  /**
   * Stops the broker as close to a crash as an embedded one can: as after a critical I/O error,
   * clients are not told (no disconnect packet, their sockets are just closed), nothing waits for
   * them, and no failover is attempted. What the journal holds is what was durably written: every
   * persistent message and transaction the broker acknowledged, the journal being synced on commit.
   * Nothing happens when it is not running.
   */
  synchronized void crash() throws StackException {
    if (broker == null) {
      return;
    }
    EmbeddedActiveMQ crashed = broker;
    broker = null;
    try {
      // (failover on shutdown, critical I/O error, restarting): the path a failing disk takes.
      ((ActiveMQServerImpl) crashed.getActiveMQServer()).stop(false, true, false);
    } catch (Exception e) {
      throw new StackException("Could not stop the embedded Artemis broker abruptly", e);
    }
  }

  /**
   * Starts the broker again after {@link #crash} or {@link #stop}: same port, same journal, same
   * users; nothing happens when it runs.
   *
   * @return how long it took
   */
  synchronized Duration restart() throws StackException {
    if (broker != null) {
      return Duration.ZERO;
    }
    long started = System.nanoTime();
    broker = startBroker(config, securityManager, directory);
    return Duration.ofNanos(System.nanoTime() - started);
  }

  /** Stops the broker cleanly; nothing happens when it is not running. */
  synchronized void stop() throws StackException {
    if (broker == null) {
      return;
    }
    EmbeddedActiveMQ stopping = broker;
    broker = null;
    try {
      stopping.stop();
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
