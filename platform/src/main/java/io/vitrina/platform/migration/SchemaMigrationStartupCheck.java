package io.vitrina.platform.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/** Started only once the schema is migrated: until then the service must get no traffic. */
@Startup
@ApplicationScoped
public class SchemaMigrationStartupCheck implements HealthCheck {

  @Inject SchemaMigration migration;

  @Override
  public HealthCheckResponse call() {
    SchemaMigration.State state = migration.state();
    return HealthCheckResponse.named("schema-migration")
        .status(state == SchemaMigration.State.DONE)
        .withData("state", state.name())
        .build();
  }
}
