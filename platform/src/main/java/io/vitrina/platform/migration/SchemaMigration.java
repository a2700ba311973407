package io.vitrina.platform.migration;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates the service's schema when the application starts, before any other start-up observer
 * (they run at a later priority and may rely on the schema).
 *
 * <p>A failed migration throws from the start-up event, which fails the application's start: a
 * service must not serve on a schema it does not understand. Several replicas starting at once are
 * safe: Flyway serialises them on a lock in the history table.
 */
@ApplicationScoped
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  /**
   * Where every service keeps its scripts: {@code src/main/resources/db/migration}. Liberty's class
   * loader does not list directories, so Flyway finds the location through a marker resource: the
   * directory must also hold an empty file named {@code flyway.location}.
   */
  static final String LOCATION = "classpath:db/migration";

  @Resource(lookup = "jdbc/vitrinaMigrations")
  DataSource migrations;

  private final AtomicReference<State> state = new AtomicReference<>(State.PENDING);

  /** Where a migration stands. */
  public enum State {
    PENDING,
    DONE,
    FAILED
  }

  void onStart(
      @Observes
          @Priority(Interceptor.Priority.PLATFORM_BEFORE)
          @Initialized(ApplicationScoped.class)
          Object ignored) {
    migrate();
  }

  /** Applies pending migrations; idempotent. */
  public synchronized void migrate() {
    if (state.get() == State.DONE) {
      return;
    }
    try {
      // Flyway finds its database plugins and the scripts through this class loader: inside
      // Liberty the thread's context loader may not be the application's.
      Flyway flyway =
          Flyway.configure(SchemaMigration.class.getClassLoader())
              .dataSource(migrations)
              .locations(LOCATION)
              // Callbacks, if any, live beside the scripts: the default db/callback is one more
              // location to resolve, and an error in the log when it does not exist.
              .callbackLocations(LOCATION)
              // A location Flyway cannot see must fail the start, not migrate nothing.
              .failOnMissingLocations(true)
              .validateMigrationNaming(true)
              .cleanDisabled(true)
              .load();
      MigrateResult result = flyway.migrate();
      state.set(State.DONE);
      LOG.info(
          () ->
              "Schema migrated: "
                  + result.migrationsExecuted
                  + " migration(s) applied, schema version "
                  + (result.targetSchemaVersion == null
                      ? flyway.info().current() == null
                          ? "none"
                          : flyway.info().current().getVersion()
                      : result.targetSchemaVersion));
    } catch (RuntimeException e) {
      state.set(State.FAILED);
      LOG.log(Level.SEVERE, "Schema migration failed: the application will not start", e);
      throw new IllegalStateException(
          "Schema migration from " + LOCATION + " on jdbc/vitrinaMigrations failed", e);
    }
  }

  public State state() {
    return state.get();
  }
}
