package io.vitrina.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets processed event ids older than {@code vitrina.events.processed-retention} (30 days): by
 * then no broker redelivers the event, and the table would otherwise grow with every event. Deletes
 * in small batches, each its own transaction, so that it never holds many locks for long. A
 * service's schedule, outside any transaction, calls {@link #drain} with this bean.
 */
@ApplicationScoped
public class ProcessedEventsPurge {

  /** The most ids one transaction forgets. */
  public static final int BATCH = 1_000;

  private static final Logger LOG = Logger.getLogger(ProcessedEventsPurge.class.getName());

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

  /**
   * Calls {@link #purgeBatch} on {@code purge} (the injected bean, so that each batch is its own
   * transaction) until a batch forgets less than {@link #BATCH}; logs and returns how many ids were
   * forgotten in all.
   */
  public static int drain(ProcessedEventsPurge purge) {
    int total = 0;
    int deleted;
    do {
      deleted = purge.purgeBatch();
      total += deleted;
    } while (deleted == BATCH);
    if (total > 0) {
      int count = total;
      LOG.info(() -> "Forgot " + count + " processed event id(s)");
    }
    return total;
  }
}
