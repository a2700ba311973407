package io.vitrina.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets processed event ids older than {@code vitrina.events.processed-retention} (30 days): by
 * then no broker redelivers the event, and the table would otherwise grow with every event. Deletes
 * in small batches, each its own transaction, so that it never holds many locks for long. A
 * service's schedule calls {@link #purgeBatch} until it forgets less than {@link #BATCH}.
 */
@ApplicationScoped
public class ProcessedEventsPurge {

  /** The most ids one transaction forgets. */
  public static final int BATCH = 1_000;

  @Inject ProcessedEvents processed;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "vitrina.events.processed-retention", defaultValue = "P30D")
  Duration retention;

  /** Forgets up to {@link #BATCH} ids that are due; how many it forgot. */
  @Transactional
  public int purgeBatch() {
    return processed.purgeBefore(clock.instant().minus(retention), BATCH);
  }
}
