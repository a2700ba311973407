package io.vitrina.stack;

import java.util.Map;
import java.util.Optional;

/**
 * Decides from environment variables whether the database and the broker are external (a real MySQL
 * or Artemis someone runs) or embedded (started by this plugin). Takes the environment as a map so
 * the choice can be tested without touching the process environment.
 */
final class InfraEnvironment {
  static final String DB_HOST = "VITRINA_DB_HOST";
  static final String DB_PORT = "VITRINA_DB_PORT";
  static final String DB_ADMIN_USER = "VITRINA_DB_ADMIN_USER";
  static final String DB_ADMIN_PASSWORD = "VITRINA_DB_ADMIN_PASSWORD";
  static final String BROKER_HOST = "VITRINA_BROKER_HOST";
  static final String BROKER_PORT = "VITRINA_BROKER_PORT";
  static final String BROKER_USER = "VITRINA_BROKER_USER";
  static final String BROKER_PASSWORD = "VITRINA_BROKER_PASSWORD";

  /** Where a MySQL-compatible server listens and the account allowed to provision it. */
  record DatabaseServer(String host, int port, String adminUser, String adminPassword) {}

  /** Where a broker listens and the account the services use. */
  record Broker(String host, int port, String user, String password) {}

  private final Map<String, String> env;

  InfraEnvironment(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  static InfraEnvironment system() {
    return new InfraEnvironment(System.getenv());
  }

  /** The external database when {@code VITRINA_DB_HOST} is set; empty means start one. */
  Optional<DatabaseServer> externalDatabase() throws StackException {
    Optional<String> host = value(DB_HOST);
    if (host.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new DatabaseServer(
            host.get(),
            port(DB_PORT, 3306),
            value(DB_ADMIN_USER).orElse("root"),
            env.getOrDefault(DB_ADMIN_PASSWORD, "")));
  }

  /** The external broker when {@code VITRINA_BROKER_HOST} is set; empty means start one. */
  Optional<Broker> externalBroker() throws StackException {
    Optional<String> host = value(BROKER_HOST);
    if (host.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Broker(
            host.get(),
            port(BROKER_PORT, 61616),
            env.getOrDefault(BROKER_USER, ""),
            env.getOrDefault(BROKER_PASSWORD, "")));
  }

  private Optional<String> value(String name) {
    return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
  }

  private int port(String name, int defaultPort) throws StackException {
    Optional<String> raw = value(name);
    if (raw.isEmpty()) {
      return defaultPort;
    }
    try {
      int port = Integer.parseInt(raw.get());
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below with the variable's name
    }
    throw new StackException(name + "='" + raw.get() + "' is not a TCP port (1-65535)");
  }
}
