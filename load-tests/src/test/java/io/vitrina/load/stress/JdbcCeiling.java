package io.vitrina.load.stress;

import io.vitrina.load.benchmark.LatencyStats;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The checkout's ceiling as measured before the ramp: commits per second of the plain JDBC
 * insert-and-commit loop, closed-loop, with its latency.
 */
record JdbcCeiling(
    int clients, double commitsPerSecond, double p50Millis, double p99Millis, long errors) {

  static final String FILE = "jdbc-ceiling.properties";

  static JdbcCeiling of(LatencyStats stats, int clients) {
    return new JdbcCeiling(
        clients, stats.throughput(), stats.p50Millis(), stats.p99Millis(), stats.errors());
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Properties properties = new Properties();
    properties.setProperty("clients", Integer.toString(clients));
    properties.setProperty("commitsPerSecond", Double.toString(commitsPerSecond));
    properties.setProperty("p50Millis", Double.toString(p50Millis));
    properties.setProperty("p99Millis", Double.toString(p99Millis));
    properties.setProperty("errors", Long.toString(errors));
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      properties.store(out, "plain JDBC insert-and-commit loop");
    }
  }

  static JdbcCeiling read(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return new JdbcCeiling(
        Integer.parseInt(properties.getProperty("clients")),
        Double.parseDouble(properties.getProperty("commitsPerSecond")),
        Double.parseDouble(properties.getProperty("p50Millis")),
        Double.parseDouble(properties.getProperty("p99Millis")),
        Long.parseLong(properties.getProperty("errors")));
  }
}
