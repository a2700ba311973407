package io.vitrina.stack;

import java.io.File;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Starts a Liberty server the liberty-maven-plugin assembled, with the given environment (which
 * Liberty turns into server.xml variables: {@code DB_PORT} feeds {@code ${db.port}}), and waits
 * until {@code /health/ready} answers 200. The server is then known to the {@link FaultControl} by
 * its name, which can kill it and start it again the same way.
 */
@Mojo(name = "server-start", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class ServerStartMojo extends AbstractMojo {
  /** Servers started in this build, so a failed build still stops them (see ShutdownHooks). */
  static final Map<String, ShutdownHooks.Registration> STARTED = new ConcurrentHashMap<>();

  @Parameter(defaultValue = "${vitrina.wlp.dir}/wlp", required = true)
  private File wlpDirectory;

  @Parameter(required = true)
  private String serverName;

  /** Added to the inherited environment of the server process. */
  @Parameter private Map<String, String> environment;

  /** The port /health/ready is probed on. */
  @Parameter(required = true)
  private int httpPort;

  /** Seconds to wait for readiness. */
  @Parameter(defaultValue = "240")
  private int readyTimeout;

  /** Extra configuration for tests only, dropped into configDropins/overrides for this start. */
  @Parameter private File testConfig;

  @Parameter(property = "skipITs", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Skipping server-start (skipITs)");
      return;
    }
    // A Zipkin started earlier in the build (monitor-start) receives this server's traces.
    Map<String, String> env = nonNull(environment);
    TracingEnvironment.of(
            serverName, project.getProperties().getProperty(TracingEnvironment.ZIPKIN_URL_PROPERTY))
        .forEach(env::putIfAbsent);
    LibertyServer server =
        new LibertyServer(wlpDirectory.toPath(), serverName, env, getLog())
            .withTestConfig(testConfig == null ? null : testConfig.toPath());
    try {
      ShutdownHooks.Registration stop =
          ShutdownHooks.register("Liberty server " + serverName, server::stop);
      ShutdownHooks.Registration previous = STARTED.put(key(wlpDirectory, serverName), stop);
      if (previous != null) {
        previous.cancel();
      }
      Duration took = server.start(httpPort, Duration.ofSeconds(readyTimeout));
      // The fault tests may kill it and start it again, exactly as here.
      FaultControl.registry()
          .server(
              serverName,
              FaultControl.serverTarget(server, httpPort, Duration.ofSeconds(readyTimeout)));
      getLog()
          .info(
              String.format(
                  "Liberty server '%s' started in %.1f s", serverName, took.toMillis() / 1000.0));
    } catch (StackException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  static String key(File wlp, String serverName) {
    return wlp.toPath().toAbsolutePath().normalize() + "#" + serverName;
  }

  /** Maven gives an empty XML element as null; the process environment has no nulls. */
  static Map<String, String> nonNull(Map<String, String> environment) {
    Map<String, String> result = new LinkedHashMap<>();
    if (environment != null) {
      environment.forEach((name, value) -> result.put(name, value == null ? "" : value));
    }
    return result;
  }
}
