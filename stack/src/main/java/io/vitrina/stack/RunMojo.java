package io.vitrina.stack;

import io.vitrina.stack.demo.DemoContext;
import io.vitrina.stack.demo.DemoData;
import io.vitrina.stack.monitor.Monitor;
import io.vitrina.stack.monitor.Zipkin;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The whole system for a newcomer ({@code ./mvnw verify -Prun}): database and broker with their
 * data under {@code .vitrina/}, every assembled Liberty server wired to them, demo data, a summary
 * of every URL and account, then running until Ctrl-C, which stops everything in reverse order.
 */
@Mojo(name = "run", threadSafe = true)
public class RunMojo extends AbstractMojo {
  static final String USER_SERVICE = "user-service";
  static final String SERVICE_CLIENTS_DIRECTORY = "service-clients";

  /**
   * The run's data: database, broker journal, credentials, JWT signing keys, service clients'
   * secrets.
   */
  @Parameter(defaultValue = "${vitrina.run.dir}", required = true)
  private File dataDirectory;

  /** Defaults to users, catalog, orders and support. */
  @Parameter private List<Database> databases;

  /** Defaults to the four services on ports 9081-9084 (HTTP) and 9441-9444 (HTTPS). */
  @Parameter private List<Service> services;

  @Parameter(property = "vitrina.reset", defaultValue = "false")
  private boolean reset;

  @Parameter(defaultValue = "${vitrina.wlp.dir}/wlp", required = true)
  private File wlpDirectory;

  /** Seconds each server gets to become ready. */
  @Parameter(property = "vitrina.run.readyTimeout", defaultValue = "240")
  private int readyTimeout;

  /** Stop everything and return right after the summary (CI, start-up measurements). */
  @Parameter(property = "vitrina.run.exitAfterStart", defaultValue = "false")
  private boolean exitAfterStart;

  /** Start the servers at the same time rather than one after the other. */
  @Parameter(property = "vitrina.run.parallel", defaultValue = "true")
  private boolean parallel;

  @Parameter(property = "vitrina.run.demoData", defaultValue = "true")
  private boolean demoData;

  @Parameter(property = "vitrina.admin.email", defaultValue = "admin@vitrina.local")
  private String adminEmail;

  /** The password every demo account shares. */
  @Parameter(property = "vitrina.demo.password", defaultValue = "Vitrina-demo-2026!")
  private String demoPassword;

  @Parameter(property = "vitrina.jwt.issuer", defaultValue = "vitrina-user-service")
  private String jwtIssuer;

  /**
   * Also start the monitoring: Zipkin, to which every server sends its traces, and the monitor page
   * with every service's metrics.
   */
  @Parameter(property = "vitrina.monitor", defaultValue = "true")
  private boolean monitor;

  /** The {@code io.zipkin:zipkin-server:exec} jar, copied by the build. */
  @Parameter(defaultValue = "${project.build.directory}/zipkin/zipkin-server.jar")
  private File zipkinJar;

  @Parameter(property = "vitrina.monitor.port", defaultValue = "9090")
  private int monitorPort;

  @Parameter(property = "vitrina.zipkin.port", defaultValue = "9411")
  private int zipkinPort;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  private record Started(Service service, LibertyServer server, int httpPort, int httpsPort) {}

  /** The monitoring's two addresses, when it runs; either may be null when it did not start. */
  private record Monitoring(URI zipkin, URI page) {}

  /** The service clients' directory and each calling service's secret in it. */
  private record Clients(Path directory, Map<String, String> secrets) {}

  @Override
  public void execute() throws MojoExecutionException {
    LibraryLogging.quiet();
    long started = System.nanoTime();
    Infrastructure infrastructure;
    try {
      infrastructure =
          Infrastructure.start(
              dataDirectory.toPath(),
              databases == null || databases.isEmpty() ? defaultDatabases() : databases,
              reset,
              InfraEnvironment.system(),
              getLog());
    } catch (StackException | RuntimeException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    InfraStartMojo.publish(project, infrastructure.properties());
    List<ShutdownHooks.Registration> serverStops = new ArrayList<>();
    try {
      String adminPassword = infrastructure.credentials().secret("app.admin.password");
      List<Service> configured =
          services == null || services.isEmpty() ? defaultServices() : services;
      Clients clients = serviceClients(configured);
      Zipkin zipkin = monitor ? startZipkin(serverStops) : null;
      List<Started> servers = prepare(configured, infrastructure, adminPassword, clients, zipkin);
      Map<String, Duration> startTimes = startAll(servers, serverStops);
      Monitoring monitoring = monitor ? startMonitor(servers, zipkin, serverStops) : null;
      Duration ready = Duration.ofNanos(System.nanoTime() - started);
      List<String> demo = demoData ? loadDemoData(servers, adminPassword) : List.of();
      printSummary(
          infrastructure, servers, startTimes, ready, adminPassword, demo, clients, monitoring);
      if (exitAfterStart) {
        getLog().info("vitrina.run.exitAfterStart: stopping everything");
      } else {
        getLog().info("Running. Press Ctrl-C to stop everything.");
        new CountDownLatch(1).await();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (StackException | IOException | RuntimeException e) {
      stopAll(serverStops, infrastructure);
      throw new MojoExecutionException(e.getMessage(), e);
    }
    stopAll(serverStops, infrastructure);
  }

  /**
   * A secret for every calling service, generated at the first run and kept in {@code
   * service-clients/} of the data directory, whether or not its server is assembled yet: a caller
   * started later, or by hand with {@code liberty:dev}, finds its secret there.
   */
  private Clients serviceClients(List<Service> configured) throws StackException {
    ServiceClients clients =
        new ServiceClients(dataDirectory.toPath().resolve(SERVICE_CLIENTS_DIRECTORY));
    Map<String, String> secrets = new LinkedHashMap<>();
    try {
      for (Service service : configured) {
        if (service.isServiceClient()) {
          secrets.put(service.getName(), clients.secret(service.getName()));
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new StackException(
          "Cannot prepare the service clients in " + clients.directory() + ": " + e.getMessage());
    }
    return new Clients(clients.directory(), secrets);
  }

  /**
   * Zipkin, stopped after the servers (its stop is registered first). A run without its jar, or
   * whose Zipkin does not start, goes on without traces: monitoring is a convenience, not a
   * dependency.
   */
  private Zipkin startZipkin(List<ShutdownHooks.Registration> stops) {
    try {
      Zipkin zipkin =
          Zipkin.start(
              zipkinJar.toPath(),
              Ports.preferredOrFree(zipkinPort),
              dataDirectory.toPath().resolve("logs/zipkin.log"));
      stops.add(ShutdownHooks.register("Zipkin", zipkin::close));
      return zipkin;
    } catch (IOException e) {
      getLog().warn("Running without traces: " + e.getMessage());
      return null;
    }
  }

  /** The monitor page; without Zipkin it shows the metrics and says that traces are off. */
  private Monitoring startMonitor(
      List<Started> servers, Zipkin zipkin, List<ShutdownHooks.Registration> stops) {
    URI traces = zipkin == null ? null : zipkin.url();
    Map<String, URI> urls = new LinkedHashMap<>();
    servers.forEach(
        s -> urls.put(s.service().getName(), URI.create("http://localhost:" + s.httpPort())));
    Monitor view =
        new Monitor(
            urls,
            traces,
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(),
            Clock.systemUTC());
    try {
      URI page = view.start(Ports.preferredOrFree(monitorPort));
      stops.add(ShutdownHooks.register("the monitor", view::close));
      return new Monitoring(traces, page);
    } catch (IOException e) {
      getLog().warn("Running without the monitor page: " + e.getMessage());
      return new Monitoring(traces, null);
    }
  }

  private List<Started> prepare(
      List<Service> configured,
      Infrastructure infrastructure,
      String adminPassword,
      Clients clients,
      Zipkin zipkin)
      throws StackException {
    List<Started> servers = new ArrayList<>();
    for (Service service : configured) {
      LibertyServer probe =
          new LibertyServer(wlpDirectory.toPath(), service.getServerName(), Map.of(), getLog());
      if (!probe.exists()) {
        getLog()
            .warn(
                "Skipping "
                    + service.getName()
                    + ": no assembled server at "
                    + probe.serverDirectory()
                    + " (build it with ./mvnw package)");
        continue;
      }
      servers.add(
          new Started(
              service,
              probe,
              Ports.preferredOrFree(service.getHttpPort()),
              Ports.preferredOrFree(service.getHttpsPort())));
    }
    if (servers.isEmpty()) {
      throw new StackException(
          "No Liberty server is assembled under "
              + wlpDirectory
              + ": run ./mvnw package (or verify -Prun) first");
    }
    int userServicePort =
        servers.stream()
            .filter(s -> s.service().getName().equals(USER_SERVICE))
            .mapToInt(Started::httpPort)
            .findFirst()
            .orElse(9081);
    List<Started> configuredServers = new ArrayList<>();
    for (Started s : servers) {
      Map<String, String> env =
          environment(s, servers, infrastructure, userServicePort, adminPassword, clients);
      TracingEnvironment.of(s.service().getName(), zipkin == null ? null : zipkin.url().toString())
          .forEach(env::putIfAbsent);
      configuredServers.add(
          new Started(
              s.service(),
              new LibertyServer(wlpDirectory.toPath(), s.service().getServerName(), env, getLog()),
              s.httpPort(),
              s.httpsPort()));
    }
    return configuredServers;
  }

  /**
   * Everything a service reads from its environment: ports, its own schema and user, the broker,
   * how to validate tokens, where the other services answer ({@code CATALOG_SERVICE_URL}...), a
   * calling service's client credentials, and the service's own {@code <environment>} entries last.
   */
  private Map<String, String> environment(
      Started target,
      List<Started> all,
      Infrastructure infrastructure,
      int userServicePort,
      String adminPassword,
      Clients clients)
      throws StackException {
    Service service = target.service();
    Map<String, String> env = new LinkedHashMap<>();
    env.put("HTTP_PORT", Integer.toString(target.httpPort()));
    env.put("HTTPS_PORT", Integer.toString(target.httpsPort()));
    env.put("DB_HOST", infrastructure.database().host());
    env.put("DB_PORT", Integer.toString(infrastructure.database().port()));
    if (service.getDatabase() != null) {
      Map.Entry<String, String> user =
          infrastructure
              .user(service.getDatabase())
              .orElseThrow(
                  () ->
                      new StackException(
                          service.getName()
                              + " uses database '"
                              + service.getDatabase()
                              + "', which is not among the run's databases"));
      env.put("DB_NAME", service.getDatabase());
      env.put("DB_USER", user.getKey());
      env.put("DB_PASSWORD", user.getValue());
    }
    env.put("BROKER_HOST", infrastructure.broker().host());
    env.put("BROKER_PORT", Integer.toString(infrastructure.broker().port()));
    env.put("BROKER_USER", infrastructure.broker().user());
    env.put("BROKER_PASSWORD", infrastructure.broker().password());
    env.put("JWT_ISSUER", jwtIssuer);
    env.put("JWT_JWKS_URI", "http://localhost:" + userServicePort + "/api/jwks");
    for (Started other : all) {
      env.put(
          other.service().getName().toUpperCase(Locale.ROOT).replace('-', '_') + "_URL",
          "http://localhost:" + other.httpPort());
    }
    if (service.getName().equals(USER_SERVICE)) {
      Path keys = dataDirectory.toPath().resolve("jwt-keys");
      env.put("VITRINA_JWT_KEYS_DIR", keys.toAbsolutePath().toString());
      env.put("VITRINA_ADMIN_EMAIL", adminEmail);
      env.put("VITRINA_ADMIN_PASSWORD", adminPassword);
      env.put("VITRINA_SERVICE_CLIENTS_DIR", clients.directory().toString());
    }
    String secret = clients.secrets().get(service.getName());
    if (secret != null) {
      env.put("VITRINA_SERVICE_CLIENT_ID", service.getName());
      env.put("VITRINA_SERVICE_CLIENT_SECRET", secret);
      env.put("VITRINA_TOKEN_URI", "http://localhost:" + userServicePort + "/api/auth/token");
    }
    env.putAll(service.getEnvironment());
    return env;
  }

  /**
   * Every server gets its stop registered before it starts, so a failure or Ctrl-C half-way still
   * stops it, before the broker and the database.
   */
  private Map<String, Duration> startAll(
      List<Started> servers, List<ShutdownHooks.Registration> stops) throws StackException {
    Duration timeout = Duration.ofSeconds(readyTimeout);
    Map<String, Duration> times = new LinkedHashMap<>();
    for (Started s : servers) {
      stops.add(ShutdownHooks.register("Liberty server " + s.server().name(), s.server()::stop));
    }
    ExecutorService executor = Executors.newFixedThreadPool(parallel ? servers.size() : 1);
    try {
      Map<String, Future<Duration>> futures = new LinkedHashMap<>();
      for (Started s : servers) {
        futures.put(
            s.service().getName(), executor.submit(() -> s.server().start(s.httpPort(), timeout)));
      }
      List<String> failures = new ArrayList<>();
      for (Map.Entry<String, Future<Duration>> future : futures.entrySet()) {
        try {
          times.put(future.getKey(), future.getValue().get());
        } catch (ExecutionException e) {
          failures.add(e.getCause().getMessage());
        }
      }
      if (!failures.isEmpty()) {
        throw new StackException(String.join("; ", failures));
      }
      return times;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("Interrupted while starting the servers");
    } finally {
      executor.shutdownNow();
    }
  }

  private List<String> loadDemoData(List<Started> servers, String adminPassword)
      throws InterruptedException {
    Map<String, URI> urls = new LinkedHashMap<>();
    servers.forEach(
        s -> urls.put(s.service().getName(), URI.create("http://localhost:" + s.httpPort())));
    DemoContext context =
        new DemoContext(
            urls,
            adminEmail,
            adminPassword,
            demoPassword,
            // HTTP/1.1: with the client's default h2c upgrade, 2 of 304 concurrent picture
            // uploads reached Liberty truncated; over HTTP/1.1 none has.
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build(),
            getLog());
    List<String> lines = new ArrayList<>();
    for (DemoData data : DemoData.all()) {
      if (urls.containsKey(data.service())) {
        long started = System.nanoTime();
        lines.addAll(data.load(context));
        getLog()
            .info(
                "Demo data for "
                    + data.service()
                    + " loaded in "
                    + Duration.ofNanos(System.nanoTime() - started).toMillis()
                    + " ms");
      }
    }
    return lines;
  }

  private void printSummary(
      Infrastructure infrastructure,
      List<Started> servers,
      Map<String, Duration> startTimes,
      Duration ready,
      String adminPassword,
      List<String> demo,
      Clients clients,
      Monitoring monitoring) {
    List<String> lines = new ArrayList<>();
    lines.add("Vitrina is running");
    lines.add("");
    for (Started s : servers) {
      String base = "http://localhost:" + s.httpPort();
      OptionalLong rss = s.server().residentKib();
      lines.add(
          String.format(
              "%-16s %s/api   started in %.1f s, %s resident",
              s.service().getName(),
              base,
              startTimes.getOrDefault(s.service().getName(), Duration.ZERO).toMillis() / 1000.0,
              rss.isPresent() ? (rss.getAsLong() / 1024) + " MiB" : "? MiB"));
      lines.add(String.format("%-16s %s/openapi/ui  %s/health  %s/metrics", "", base, base, base));
    }
    lines.add("");
    InfraEnvironment.DatabaseServer db = infrastructure.database();
    lines.add(
        String.format(
            "Database         %s:%d (%s), admin %s / %s",
            db.host(),
            db.port(),
            infrastructure.embeddedDatabase() ? "embedded MariaDB 11.4" : "external",
            db.adminUser(),
            db.adminPassword()));
    infrastructure
        .databaseStartTime()
        .ifPresent(t -> lines.add("                 started in " + t.toMillis() + " ms"));
    InfraEnvironment.Broker broker = infrastructure.broker();
    lines.add(
        String.format(
            "Broker           %s:%d (%s), %s / %s",
            broker.host(),
            broker.port(),
            infrastructure.embeddedBroker() ? "embedded Artemis, core protocol" : "external",
            broker.user(),
            broker.password()));
    infrastructure
        .brokerStartTime()
        .ifPresent(t -> lines.add("                 started in " + t.toMillis() + " ms"));
    if (monitoring != null) {
      lines.add("");
      if (monitoring.page() != null) {
        lines.add(
            "Monitor          "
                + monitoring.page()
                + "   every service's traffic, errors, latency and business metrics");
      }
      if (monitoring.zipkin() != null) {
        lines.add(
            "Traces           "
                + monitoring.zipkin().resolve("/zipkin/")
                + "   Zipkin; the monitor finds an order's traces by its id");
      }
    }
    lines.add("");
    lines.add("Administrator    " + adminEmail + " / " + adminPassword);
    demo.forEach(line -> lines.add("Demo             " + line));
    if (!clients.secrets().isEmpty()) {
      lines.add(
          "Service clients  "
              + String.join(", ", clients.secrets().keySet())
              + ": secrets in "
              + clients.directory());
    }
    lines.add("");
    lines.add(String.format("Whole stack ready in %.1f s", ready.toMillis() / 1000.0));
    lines.add(
        "Data and credentials: " + infrastructure.dataDirectory() + " (-Dvitrina.reset wipes it)");
    String rule = "=".repeat(78);
    getLog().info(rule);
    lines.forEach(line -> getLog().info(line));
    getLog().info(rule);
  }

  private void stopAll(List<ShutdownHooks.Registration> serverStops, Infrastructure infra) {
    for (int i = serverStops.size() - 1; i >= 0; i--) {
      try {
        serverStops.get(i).run();
      } catch (Exception e) {
        getLog().warn(e.getMessage());
      }
    }
    Infrastructure.stop(infra.dataDirectory(), getLog());
  }

  static List<Database> defaultDatabases() {
    return List.of(
        new Database("users", "users"),
        new Database("catalog", "catalog"),
        new Database("orders", "orders"),
        new Database("support", "support"));
  }

  static List<Service> defaultServices() {
    return List.of(
        new Service("user-service", "user-service", "users", 9081, 9441),
        new Service("catalog-service", "catalog-service", "catalog", 9082, 9442),
        new Service("order-service", "order-service", "orders", 9083, 9443).asServiceClient(),
        new Service("support-service", "support-service", "support", 9084, 9444).asServiceClient());
  }
}
