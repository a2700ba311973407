package io.vitrina.stack.monitor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Zipkin server run from its executable jar (a Maven artifact) as a child process: traces kept in
 * memory, its UI and API on one port. The services export their spans to it in Zipkin's JSON
 * format, which Open Liberty's MicroProfile Telemetry supports out of the box.
 */
public final class Zipkin implements AutoCloseable {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration POLL = Duration.ofMillis(500);

  private final Process process;
  private final URI url;
  private final Path log;

  private Zipkin(Process process, URI url, Path log) {
    this.process = process;
    this.url = url;
    this.log = log;
  }

  /**
   * Starts Zipkin on the port and waits until it answers its health check.
   *
   * @param jar the {@code io.zipkin:zipkin-server:exec} jar
   * @param port where its UI and API listen, on loopback only
   * @param log where its output goes
   * @throws IOException if it does not start or does not become healthy in time
   */
  public static Zipkin start(Path jar, int port, Path log) throws IOException {
    if (!Files.isRegularFile(jar)) {
      throw new IOException("No Zipkin server at " + jar + " (the build copies it there)");
    }
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xms64m",
            "-Xmx384m",
            "-XX:+ExitOnOutOfMemoryError",
            "-XX:TieredStopAtLevel=1",
            "-jar",
            jar.toAbsolutePath().toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    // Zipkin's one listening port, on loopback only (its QUERY_PORT would listen on every address).
    builder.environment().put("ARMERIA_PORTS_0_PORT", Integer.toString(port));
    builder.environment().put("ARMERIA_PORTS_0_IP", "127.0.0.1");
    builder.environment().put("ARMERIA_PORTS_0_PROTOCOLS", "http");
    builder.environment().put("STORAGE_TYPE", "mem");
    builder.environment().put("MEM_MAX_SPANS", "200000");
    builder.environment().put("COLLECTOR_SAMPLE_RATE", "1.0");
    Process process = builder.start();
    Zipkin zipkin = new Zipkin(process, URI.create("http://127.0.0.1:" + port), log);
    try {
      zipkin.awaitHealthy();
    } catch (IOException e) {
      zipkin.close();
      throw e;
    }
    return zipkin;
  }

  /** Its base URL: the UI under {@code /zipkin/}, the API under {@code /api/v2/}. */
  public URI url() {
    return url;
  }

  /** Where the services send their spans. */
  public URI spansEndpoint() {
    return url.resolve("/api/v2/spans");
  }

  private void awaitHealthy() throws IOException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException(
            "Zipkin exited with " + process.exitValue() + " while starting; see " + log);
      }
      try {
        HttpRequest request =
            HttpRequest.newBuilder(url.resolve("/health")).timeout(Duration.ofSeconds(2)).build();
        if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted while waiting for Zipkin");
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted while waiting for Zipkin");
      }
    }
    throw new IOException(
        "Zipkin did not become healthy within " + READY_TIMEOUT.toSeconds() + " s; see " + log);
  }

  /** Stops it: a polite request first, then a forced one. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
