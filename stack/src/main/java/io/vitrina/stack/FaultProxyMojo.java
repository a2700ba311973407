package io.vitrina.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Puts a {@link FaultProxy} in front of a dependency for the fault tests, and publishes its port as
 * {@code vitrina.fault.<name>.port} and the switchboard's URL as {@code vitrina.faults.url}. A
 * server started afterwards with the proxy's port instead of the real one can then lose that
 * dependency while the test watches: {@code POST ${vitrina.faults.url}/<name>/down}, later {@code
 * /up}.
 */
@Mojo(name = "fault-proxy", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class FaultProxyMojo extends AbstractMojo {
  /** The proxy's name in the properties and the control URLs, e.g. {@code broker}. */
  @Parameter(required = true)
  private String name;

  @Parameter(defaultValue = "127.0.0.1")
  private String targetHost;

  /**
   * Where the dependency listens, e.g. {@code ${vitrina.broker.port}}: a property an earlier goal
   * publishes, so it is read as text and checked only when the goal runs (not when ITs are
   * skipped).
   */
  @Parameter private String targetPort;

  @Parameter(property = "skipITs", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Skipping fault-proxy (skipITs)");
      return;
    }
    if (!name.matches("[a-z][a-z0-9-]{0,31}")) {
      throw new MojoExecutionException("A fault proxy's name is lower-case letters, digits, -");
    }
    int port;
    try {
      port = Integer.parseInt(targetPort == null ? "" : targetPort.strip());
    } catch (NumberFormatException e) {
      throw new MojoExecutionException(
          "The fault proxy " + name + " needs a targetPort; got '" + targetPort + "'");
    }
    try {
      FaultControl control = FaultControl.get();
      FaultProxy proxy = control.add(name, new InetSocketAddress(targetHost, port));
      InfraStartMojo.publish(
          project,
          Map.of(
              "vitrina.fault." + name + ".port",
              String.valueOf(proxy.port()),
              "vitrina.faults.url",
              control.url()));
      getLog()
          .info(
              "Fault proxy '"
                  + name
                  + "' on port "
                  + proxy.port()
                  + " to "
                  + targetHost
                  + ":"
                  + port
                  + "; switch it at "
                  + control.url());
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot start the fault proxy " + name, e);
    }
  }
}
