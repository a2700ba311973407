package io.vitrina.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.maven.plugin.logging.Log;

/**
 * The database and broker of one data directory: started (or found external) and provisioned by
 * {@link #start}, stopped by {@link #stop}. Running instances are kept in a registry keyed by the
 * data directory, so that infra-stop finds what infra-start started in the same build.
 */
final class Infrastructure {
  static final String BROKER_USER = "vitrina";

  private static final Map<Path, Infrastructure> RUNNING = new ConcurrentHashMap<>();

  private final Path dataDirectory;
  private final InfraEnvironment.DatabaseServer database;
  private final InfraEnvironment.Broker broker;
  private final Map<Database, String> users;
  private final EmbeddedDatabase embeddedDatabase;
  private final EmbeddedBroker embeddedBroker;
  private final Credentials credentials;
  private final ShutdownHooks.Registration databaseStop;
  private final ShutdownHooks.Registration brokerStop;

  private Infrastructure(Builder builder) {
    this.dataDirectory = builder.dataDirectory;
    this.database = builder.database;
    this.broker = builder.broker;
    this.users = builder.users;
    this.embeddedDatabase = builder.embeddedDatabase;
    this.embeddedBroker = builder.embeddedBroker;
    this.credentials = builder.credentials;
    this.databaseStop = builder.databaseStop;
    this.brokerStop = builder.brokerStop;
  }

  /**
   * Starts (or returns the already running) infrastructure of {@code dataDirectory}.
   *
   * @param reset wipe the data directory first: fresh schemas, users and passwords
   */
  static Infrastructure start(
      Path dataDirectory, List<Database> databases, boolean reset, InfraEnvironment env, Log log)
      throws StackException {
    return start(dataDirectory, databases, reset, env, EmbeddedBroker.REDELIVERY_DELAY, log);
  }

  /**
   * As {@link #start(Path, List, boolean, InfraEnvironment, Log)}, with the embedded broker's first
   * redelivery delay (an external broker keeps its own).
   */
  static synchronized Infrastructure start(
      Path dataDirectory,
      List<Database> databases,
      boolean reset,
      InfraEnvironment env,
      Duration redeliveryDelay,
      Log log)
      throws StackException {
    Path key = dataDirectory.toAbsolutePath().normalize();
    Infrastructure running = RUNNING.get(key);
    if (running != null) {
      log.info("Infrastructure of " + key + " is already running in this build: reusing it");
      running.provision(databases, log);
      return running;
    }
    databases.forEach(
        d -> {
          ProvisioningSql.identifier("Schema", d.getName());
          ProvisioningSql.identifier("User", d.getUser());
        });
    Builder builder = new Builder(key);
    try {
      if (reset) {
        deleteRecursively(key);
        log.info("Reset: emptied " + key);
      }
      Files.createDirectories(key);
      builder.credentials = Credentials.load(key);
      startDatabase(builder, env, log);
      startBroker(builder, env, redeliveryDelay, log);
    } catch (IOException | StackException | RuntimeException e) {
      builder.stopStarted(log);
      if (e instanceof StackException stackException) {
        throw stackException;
      }
      throw new StackException("Could not start the infrastructure in " + key + ": " + e, e);
    }
    Infrastructure infrastructure = new Infrastructure(builder);
    try {
      infrastructure.provision(databases, log);
    } catch (StackException | RuntimeException e) {
      infrastructure.stop(log);
      throw e;
    }
    RUNNING.put(key, infrastructure);
    return infrastructure;
  }

  /** Stops the infrastructure of {@code dataDirectory}, if this build started one. */
  static synchronized Optional<Infrastructure> stop(Path dataDirectory, Log log) {
    Infrastructure infrastructure = RUNNING.remove(dataDirectory.toAbsolutePath().normalize());
    if (infrastructure != null) {
      infrastructure.stop(log);
    }
    return Optional.ofNullable(infrastructure);
  }

  private static void startDatabase(Builder builder, InfraEnvironment env, Log log)
      throws StackException, IOException {
    Optional<InfraEnvironment.DatabaseServer> external = env.externalDatabase();
    if (external.isPresent()) {
      builder.database = external.get();
      log.info(
          "Using the external database "
              + external.get().host()
              + ":"
              + external.get().port()
              + " ("
              + InfraEnvironment.DB_HOST
              + " is set)");
      return;
    }
    String adminPassword = builder.credentials.secret("db.admin.password");
    EmbeddedDatabase db =
        EmbeddedDatabase.start(builder.dataDirectory.resolve("mariadb"), adminPassword, log);
    builder.embeddedDatabase = db;
    builder.databaseStop = ShutdownHooks.register("the embedded MariaDB", db::stop);
    builder.database =
        new InfraEnvironment.DatabaseServer(
            EmbeddedDatabase.HOST, db.port(), EmbeddedDatabase.ADMIN_USER, adminPassword);
  }

  private static void startBroker(
      Builder builder, InfraEnvironment env, Duration redeliveryDelay, Log log)
      throws StackException, IOException {
    Optional<InfraEnvironment.Broker> external = env.externalBroker();
    if (external.isPresent()) {
      builder.broker = external.get();
      log.info(
          "Using the external broker "
              + external.get().host()
              + ":"
              + external.get().port()
              + " ("
              + InfraEnvironment.BROKER_HOST
              + " is set)");
      return;
    }
    String password = builder.credentials.secret("broker.password");
    EmbeddedBroker broker =
        EmbeddedBroker.start(
            builder.dataDirectory.resolve("broker"), BROKER_USER, password, redeliveryDelay, log);
    builder.embeddedBroker = broker;
    builder.brokerStop = ShutdownHooks.register("the embedded Artemis broker", broker::stop);
    builder.broker =
        new InfraEnvironment.Broker(EmbeddedBroker.HOST, broker.port(), BROKER_USER, password);
  }

  private void provision(List<Database> databases, Log log) throws StackException {
    Map<Database, String> wanted = new LinkedHashMap<>();
    try {
      for (Database database : databases) {
        wanted.put(database, credentials.secret("db." + database.getUser() + ".password"));
      }
    } catch (IOException e) {
      throw new StackException("Could not save " + credentials.file(), e);
    }
    Provisioner.provision(database, wanted, log);
    synchronized (users) {
      wanted.forEach(
          (db, password) -> {
            users.keySet().removeIf(known -> known.getName().equals(db.getName()));
            users.put(db, password);
          });
    }
  }

  /** Stops what was started here, broker first; an external server is left alone. */
  void stop(Log log) {
    stopOne(brokerStop, "Artemis", log);
    stopOne(databaseStop, "MariaDB", log);
  }

  private static void stopOne(ShutdownHooks.Registration registration, String name, Log log) {
    if (registration == null) {
      return;
    }
    long started = System.nanoTime();
    try {
      registration.run();
      log.info(
          name + " stopped in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
    } catch (Exception e) {
      log.warn("Could not stop " + name + ": " + e.getMessage());
    }
  }

  /**
   * The Maven project properties later plugins read: {@code vitrina.db.*} and {@code
   * vitrina.broker.*}; {@code vitrina.db.user}/{@code password} too when there is one database, for
   * a service build that provisions just its own.
   */
  Map<String, String> properties() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("vitrina.db.host", database.host());
    properties.put("vitrina.db.port", Integer.toString(database.port()));
    properties.put("vitrina.db.admin.user", database.adminUser());
    properties.put("vitrina.db.admin.password", database.adminPassword());
    synchronized (users) {
      users.forEach(
          (db, password) -> {
            properties.put("vitrina.db." + db.getName() + ".user", db.getUser());
            properties.put("vitrina.db." + db.getName() + ".password", password);
          });
      if (users.size() == 1) {
        Map.Entry<Database, String> only = users.entrySet().iterator().next();
        properties.put("vitrina.db.user", only.getKey().getUser());
        properties.put("vitrina.db.password", only.getValue());
      }
    }
    properties.put("vitrina.broker.host", broker.host());
    properties.put("vitrina.broker.port", Integer.toString(broker.port()));
    properties.put("vitrina.broker.user", broker.user());
    properties.put("vitrina.broker.password", broker.password());
    return properties;
  }

  Path dataDirectory() {
    return dataDirectory;
  }

  Credentials credentials() {
    return credentials;
  }

  InfraEnvironment.DatabaseServer database() {
    return database;
  }

  InfraEnvironment.Broker broker() {
    return broker;
  }

  /** The user and password provisioned for {@code schema}. */
  Optional<Map.Entry<String, String>> user(String schema) {
    synchronized (users) {
      return users.entrySet().stream()
          .filter(e -> e.getKey().getName().equals(schema))
          .map(e -> Map.entry(e.getKey().getUser(), e.getValue()))
          .findFirst();
    }
  }

  Optional<Duration> databaseStartTime() {
    return Optional.ofNullable(embeddedDatabase).map(EmbeddedDatabase::startTime);
  }

  Optional<Duration> brokerStartTime() {
    return Optional.ofNullable(embeddedBroker).map(EmbeddedBroker::startTime);
  }

  boolean embeddedDatabase() {
    return embeddedDatabase != null;
  }

  boolean embeddedBroker() {
    return embeddedBroker != null;
  }

  /** The broker this build started, for the fault control; empty when it is external. */
  Optional<EmbeddedBroker> startedBroker() {
    return Optional.ofNullable(embeddedBroker);
  }

  static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(Infrastructure::delete);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Builder {
    final Path dataDirectory;
    final Map<Database, String> users = new LinkedHashMap<>();
    Credentials credentials;
    InfraEnvironment.DatabaseServer database;
    InfraEnvironment.Broker broker;
    EmbeddedDatabase embeddedDatabase;
    EmbeddedBroker embeddedBroker;
    ShutdownHooks.Registration databaseStop;
    ShutdownHooks.Registration brokerStop;

    Builder(Path dataDirectory) {
      this.dataDirectory = dataDirectory;
    }

    void stopStarted(Log log) {
      stopOne(brokerStop, "Artemis", log);
      stopOne(databaseStop, "MariaDB", log);
    }
  }
}
