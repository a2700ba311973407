package io.vitrina.stack;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
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
 * {@code VITRINA_DB_HOST} / {@code VITRINA_BROKER_HOST}), provisions the configured schemas,
 * generates the configured service clients' secrets, and publishes where everything is as project
 * properties for the plugins that run after it.
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

  /**
   * Client ids of calling services (such as {@code order-service}) that get a generated secret in
   * {@link #serviceClientsDirectory}, for user-service's client-credentials grant.
   */
  @Parameter private List<String> serviceClients;

  /**
   * The embedded broker's first redelivery delay, in milliseconds (each following one waits twice
   * as long, five attempts in all, as in production). The integration tests shorten it: a message
   * that cannot be processed reaches the dead-letter address in seconds rather than a quarter
   * minute.
   */
  @Parameter(property = "vitrina.broker.redeliveryDelay", defaultValue = "1000")
  private long redeliveryDelay;

  /** The directory user-service reads its service clients from (VITRINA_SERVICE_CLIENTS_DIR). */
  @Parameter(defaultValue = "${project.build.directory}/it-service-clients", required = true)
  private File serviceClientsDirectory;

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
      // Before anything starts: a bad client id fails the build with nothing to stop.
      Map<String, String> clientProperties = serviceClientSecrets();
      Infrastructure infrastructure =
          Infrastructure.start(
              dataDirectory.toPath(),
              databases == null ? List.of() : databases,
              reset,
              InfraEnvironment.system(),
              Duration.ofMillis(redeliveryDelay),
              getLog());
      publish(project, infrastructure.properties());
      publish(project, clientProperties);
      infrastructure
          .startedBroker()
          .ifPresent(
              broker ->
                  FaultControl.registry().broker(FaultControl.brokerTarget(broker, getLog())));
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
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Cannot write the service clients' secrets in " + serviceClientsDirectory, e);
    }
  }

  /**
   * {@code vitrina.service-clients.dir} and, per client, {@code
   * vitrina.service-client.<id>.secret}; nothing when no client is configured.
   */
  private Map<String, String> serviceClientSecrets() throws IOException {
    Map<String, String> properties = new LinkedHashMap<>();
    if (serviceClients == null || serviceClients.isEmpty()) {
      return properties;
    }
    ServiceClients clients = new ServiceClients(serviceClientsDirectory.toPath());
    properties.put(ServiceClients.DIRECTORY_PROPERTY, clients.directory().toString());
    for (String client : serviceClients) {
      properties.put(ServiceClients.secretProperty(client), clients.secret(client));
    }
    getLog().info("Service clients " + serviceClients + " in " + clients.directory());
    return properties;
  }

  static void publish(MavenProject project, Map<String, String> properties) {
    properties.forEach(project.getProperties()::setProperty);
  }
}
