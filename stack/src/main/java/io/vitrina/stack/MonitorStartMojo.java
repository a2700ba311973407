package io.vitrina.stack;

import io.vitrina.stack.monitor.Monitor;
import io.vitrina.stack.monitor.Zipkin;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Starts the local monitoring for a build's test servers: Zipkin (traces) and the monitor page
 * (metrics). Put it before the {@code server-start} executions: every server started after it sends
 * its traces to this Zipkin. Publishes {@code vitrina.zipkin.url} and {@code vitrina.monitor.url};
 * both stop with the build.
 */
@Mojo(name = "monitor-start", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class MonitorStartMojo extends AbstractMojo {
  /** The {@code io.zipkin:zipkin-server:exec} jar, copied by the build. */
  @Parameter(required = true)
  private File zipkinJar;

  /** The services to scrape: name to base URL, in display order. */
  @Parameter(required = true)
  private Map<String, String> services;

  @Parameter(defaultValue = "${project.build.directory}/monitor", required = true)
  private File workDirectory;

  @Parameter(property = "skipITs", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Skipping monitor-start (skipITs)");
      return;
    }
    try {
      Zipkin zipkin =
          Zipkin.start(
              zipkinJar.toPath(), Ports.free(), workDirectory.toPath().resolve("zipkin.log"));
      ShutdownHooks.register("Zipkin", zipkin::close);
      Map<String, URI> urls = new LinkedHashMap<>();
      services.forEach((name, url) -> urls.put(name, URI.create(url)));
      Monitor monitor =
          new Monitor(
              urls,
              zipkin.url(),
              HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(),
              Clock.systemUTC());
      URI page = monitor.start(Ports.free());
      ShutdownHooks.register("the monitor", monitor::close);
      InfraStartMojo.publish(
          project,
          Map.of(
              TracingEnvironment.ZIPKIN_URL_PROPERTY,
              zipkin.url().toString(),
              "vitrina.monitor.url",
              page.toString()));
      getLog().info("Zipkin on " + zipkin.url() + ", monitor on " + page);
    } catch (IOException e) {
      throw new MojoExecutionException("Could not start the monitoring: " + e.getMessage(), e);
    }
  }
}
