package io.vitrina.stack;

import java.io.File;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Stops a Liberty server with {@code bin/server stop}. */
@Mojo(name = "server-stop", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public class ServerStopMojo extends AbstractMojo {
  @Parameter(defaultValue = "${vitrina.wlp.dir}/wlp", required = true)
  private File wlpDirectory;

  @Parameter(required = true)
  private String serverName;

  @Parameter(property = "skipITs", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("Skipping server-stop (skipITs)");
      return;
    }
    ShutdownHooks.Registration registration =
        ServerStartMojo.STARTED.remove(ServerStartMojo.key(wlpDirectory, serverName));
    if (registration != null) {
      registration.cancel();
    }
    try {
      new LibertyServer(wlpDirectory.toPath(), serverName, Map.of(), getLog()).stop();
    } catch (StackException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }
}
