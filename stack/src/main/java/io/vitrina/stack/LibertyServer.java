package io.vitrina.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.maven.plugin.logging.Log;

/**
 * One Liberty server of an installation the liberty-maven-plugin assembled, driven through {@code
 * bin/server} so it runs exactly as an operator would run it: started with a given environment,
 * probed on {@code /health/ready}, stopped.
 */
final class LibertyServer {
  private static final int TAIL_LINES = 80;
  private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);
  private static final String TEST_CONFIG_NAME = "vitrina-test.xml";

  private final Path wlp;
  private final String name;
  private final Map<String, String> environment;
  private final Log log;
  private Path testConfig;

  LibertyServer(Path wlp, String name, Map<String, String> environment, Log log) {
    this.wlp = wlp.toAbsolutePath().normalize();
    this.name = name;
    this.environment = new LinkedHashMap<>(environment);
    // The server script needs a Java; the one running Maven is known to be a supported one.
    if (!environment.containsKey("JAVA_HOME") && System.getenv("JAVA_HOME") == null) {
      this.environment.put("JAVA_HOME", System.getProperty("java.home"));
    }
    this.log = log;
  }

  String name() {
    return name;
  }

  /**
   * Test-only configuration (Arquillian's JMX connector) for this start. Every start installs it
   * into configDropins/overrides when given and removes it when not, so a server the tests ran
   * never carries test settings into a normal run.
   */
  LibertyServer withTestConfig(Path file) {
    this.testConfig = file;
    return this;
  }

  private void applyTestConfig() throws StackException {
    Path target = serverDirectory().resolve("configDropins/overrides/" + TEST_CONFIG_NAME);
    try {
      if (testConfig == null) {
        Files.deleteIfExists(target);
      } else {
        Files.createDirectories(target.getParent());
        Files.copy(testConfig, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new StackException("Cannot prepare test configuration at " + target + ": " + e);
    }
  }

  /** {@code WLP_OUTPUT_DIR} when the environment moves it, else {@code usr/servers}. */
  private Path outputDirectory() {
    String moved = environment.getOrDefault("WLP_OUTPUT_DIR", System.getenv("WLP_OUTPUT_DIR"));
    return moved != null ? Path.of(moved) : wlp.resolve("usr/servers");
  }

  boolean exists() {
    return Files.isRegularFile(wlp.resolve("usr/servers").resolve(name).resolve("server.xml"));
  }

  Path serverDirectory() {
    return wlp.resolve("usr/servers").resolve(name);
  }

  /**
   * Starts and waits for {@code /health/ready} to answer 200. A server still running from an
   * earlier, interrupted build is stopped first: it would hold the ports and the old settings.
   *
   * @return how long the server took from the start command to ready
   */
  Duration start(int httpPort, Duration readyTimeout) throws StackException {
    if (!Files.isExecutable(wlp.resolve("bin/server"))) {
      throw new StackException(
          "No Liberty installation at " + wlp + ": run the build's package phase first");
    }
    if (!exists()) {
      throw new StackException(
          "Liberty server '" + name + "' is not assembled under " + serverDirectory());
    }
    if (isRunning()) {
      log.warn("Liberty server '" + name + "' is still running from an earlier run: stopping it");
      stop();
    }
    applyTestConfig();
    long started = System.nanoTime();
    long deadline = started + readyTimeout.toNanos();
    Result result = run(readyTimeout, "start", name);
    if (result.exitCode != 0) {
      // bin/server gives up waiting after its own timeout while the JVM goes on starting: only a
      // server that is not running at all is a failure at this point.
      if (pid().isEmpty() || !isRunning()) {
        throw failure("'server start " + name + "' exited with " + result.exitCode, result);
      }
      log.warn(
          "'server start "
              + name
              + "' exited with "
              + result.exitCode
              + " but the server is running: waiting for it to be ready");
    }
    return awaitReady(httpPort, started, deadline, result);
  }

  /**
   * Waits for a server that runs (after {@link #start}, or one started by an earlier call) to
   * answer 200 on {@code /health/ready}.
   *
   * @return how long that took
   */
  Duration awaitReady(int httpPort, Duration readyTimeout) throws StackException {
    long started = System.nanoTime();
    return awaitReady(httpPort, started, started + readyTimeout.toNanos(), new Result(0, ""));
  }

  private Duration awaitReady(int httpPort, long started, long deadline, Result result)
      throws StackException {
    URI ready = URI.create("http://localhost:" + httpPort + "/health/ready");
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    while (System.nanoTime() < deadline) {
      if (answers200(client, ready)) {
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info(
            "Liberty server '"
                + name
                + "' ready on port "
                + httpPort
                + " in "
                + String.format("%.1f s", took.toMillis() / 1000.0));
        return took;
      }
      if (pid().isPresent() && !processAlive()) {
        throw failure("Liberty server '" + name + "' died while starting", result);
      }
      try {
        Thread.sleep(POLL_INTERVAL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StackException("Interrupted while waiting for '" + name + "'");
      }
    }
    throw failure(
        "Liberty server '"
            + name
            + "' was not ready at "
            + ready
            + " within "
            + Duration.ofNanos(deadline - started).toSeconds()
            + " s",
        result);
  }

  void stop() throws StackException {
    Result result = run(Duration.ofMinutes(2), "stop", name);
    if (result.exitCode != 0 && isRunning()) {
      throw new StackException(
          "'server stop " + name + "' exited with " + result.exitCode + ":\n" + result.output);
    }
    log.info("Liberty server '" + name + "' stopped");
  }

  /**
   * Kills the server's JVM with SIGKILL, by the pid bin/server recorded: no shutdown hooks, no
   * clean stop of applications, transactions or connections, as a crashed machine would leave them.
   * The transaction log and the server's files stay as they were. Waits until the process is gone.
   *
   * @return false when no server process was running
   */
  boolean kill(Duration timeout) throws StackException {
    OptionalLong pid = pid();
    Optional<ProcessHandle> process =
        pid.isPresent() ? ProcessHandle.of(pid.getAsLong()) : Optional.empty();
    if (process.isEmpty() || !process.get().isAlive()) {
      return false;
    }
    if (!isLibertyJvm(process.get())) {
      // The pid file outlived its server and the number now belongs to someone else.
      return false;
    }
    process.get().destroyForcibly();
    try {
      process.get().onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("Interrupted while killing '" + name + "'");
    } catch (ExecutionException | TimeoutException e) {
      throw new StackException(
          "Liberty server '" + name + "' (pid " + pid.getAsLong() + ") did not die on SIGKILL");
    }
    log.warn("Liberty server '" + name + "' (pid " + pid.getAsLong() + ") killed");
    return true;
  }

  /** A process whose command line names this server's launcher, when the system tells. */
  private boolean isLibertyJvm(ProcessHandle process) {
    Optional<String> commandLine = process.info().commandLine();
    return commandLine.isEmpty()
        || (commandLine.get().contains("ws-server.jar") && commandLine.get().contains(name));
  }

  /** Whether the server's JVM, by its pid file, is alive. */
  boolean isAlive() {
    return processAlive();
  }

  private boolean isRunning() throws StackException {
    return run(Duration.ofMinutes(1), "status", name).exitCode == 0;
  }

  /** The server JVM's pid, from the pid file bin/server writes. */
  OptionalLong pid() {
    Path pidFile = outputDirectory().resolve(".pid").resolve(name + ".pid");
    try {
      return OptionalLong.of(Long.parseLong(Files.readString(pidFile).trim()));
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private boolean processAlive() {
    OptionalLong pid = pid();
    return pid.isPresent()
        && ProcessHandle.of(pid.getAsLong()).map(ProcessHandle::isAlive).orElse(false);
  }

  /** Resident memory of the server JVM in KiB (VmRSS), where /proc exists. */
  OptionalLong residentKib() {
    OptionalLong pid = pid();
    if (pid.isEmpty()) {
      return OptionalLong.empty();
    }
    try (Stream<String> lines =
        Files.lines(Path.of("/proc", Long.toString(pid.getAsLong()), "status"))) {
      return lines
          .filter(line -> line.startsWith("VmRSS:"))
          .map(line -> line.replaceAll("[^0-9]", ""))
          .mapToLong(Long::parseLong)
          .findFirst();
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
  }

  /** The last lines of the server's messages.log, when there is one. */
  Optional<String> messagesTail(int lines) {
    return tail(outputDirectory().resolve(name).resolve("logs").resolve("messages.log"), lines);
  }

  /** Logs what tells why the server did not come up, and returns the exception to throw. */
  private StackException failure(String message, Result result) {
    log.error(message);
    if (!result.output.isBlank()) {
      log.error("bin/server output:\n" + result.output);
    }
    Path logs = outputDirectory().resolve(name).resolve("logs");
    for (String file : List.of("messages.log", "console.log")) {
      tail(logs.resolve(file), TAIL_LINES)
          .ifPresent(text -> log.error("Last lines of " + logs.resolve(file) + ":\n" + text));
    }
    return new StackException(message + " (see the log lines above)");
  }

  static Optional<String> tail(Path file, int count) {
    if (!Files.isReadable(file)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return Optional.of(
          String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size())));
    } catch (IOException e) {
      return Optional.of("(cannot read: " + e.getMessage() + ")");
    }
  }

  private record Result(int exitCode, String output) {}

  /**
   * Output goes to a file, not a pipe: the server JVM bin/server leaves running could inherit a
   * pipe and keep it open, and reading it would never end.
   */
  private Result run(Duration timeout, String... arguments) throws StackException {
    List<String> command = new ArrayList<>();
    command.add(wlp.resolve("bin/server").toString());
    command.addAll(List.of(arguments));
    Path output = null;
    try {
      output = Files.createTempFile("vitrina-liberty-", ".log");
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.redirectOutput(output.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new StackException(
            String.join(" ", command) + " did not finish within " + timeout.toSeconds() + " s");
      }
      return new Result(process.exitValue(), Files.readString(output).strip());
    } catch (IOException e) {
      throw new StackException("Could not run " + String.join(" ", command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("Interrupted while running " + String.join(" ", command));
    } finally {
      if (output != null) {
        try {
          Files.deleteIfExists(output);
        } catch (IOException e) {
          // a temporary file left behind is harmless
        }
      }
    }
  }

  private static boolean answers200(HttpClient client, URI uri) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
