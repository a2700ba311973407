package io.vitrina.stack;

import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Starts the database and the broker for the integration tests (or uses external ones named by
 * {@code VITRINA_DB_HOST} / {@code VITRINA_BROKER_HOST}), provisions the configured schemas, and
 * publishes where everything is as project properties for the plugins that run after it.
 */
@Mojo(name = "infra-start", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class InfraStartMojo extends AbstractMojo {
  /** Holds the MariaDB data, the broker journal and credentials.properties. */
  @Parameter(defaultValue = "${project.build.directory}/infra", required = true)
  private File dataDirectory;

  /** Schemas to provision, each with its own user. */
  @Parameter private List<Database> databases;

  /** Wipe the data directory first. */
  @Parameter(property = "vitrina.reset", defaultValue = "false")
  private boolean reset;

  @Parameter(property = "skipITs", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Skipping infra-start (skipITs)");
      return;
    }
    LibraryLogging.quiet();
    try {
      Infrastructure infrastructure =
          Infrastructure.start(
              dataDirectory.toPath(),
              databases == null ? List.of() : databases,
              reset,
              InfraEnvironment.system(),
              getLog());
      publish(project, infrastructure.properties());
      getLog()
          .info(
              "Database "
                  + infrastructure.database().host()
                  + ":"
                  + infrastructure.database().port()
                  + ", broker "
                  + infrastructure.broker().host()
                  + ":"
                  + infrastructure.broker().port()
                  + "; credentials in "
                  + infrastructure.credentials().file());
    } catch (StackException | RuntimeException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  static void publish(MavenProject project, Map<String, String> properties) {
    properties.forEach(project.getProperties()::setProperty);
  }
}
