package io.vitrina.stack;

import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Stops the database and broker that infra-start started for the same data directory. */
@Mojo(name = "infra-stop", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public class InfraStopMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project.build.directory}/infra", required = true)
  private File dataDirectory;

  @Parameter(property = "skipITs", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() {
    if (skip) {
      getLog().info("Skipping infra-stop (skipITs)");
      return;
    }
    if (Infrastructure.stop(dataDirectory.toPath(), getLog()).isEmpty()) {
      getLog().info("No infrastructure of " + dataDirectory + " running in this build");
    }
  }
}
