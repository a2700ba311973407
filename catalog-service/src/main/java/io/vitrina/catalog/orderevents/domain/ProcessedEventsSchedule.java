package io.vitrina.catalog.orderevents.domain;

import io.vitrina.platform.events.ProcessedEventsPurge;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Runs {@link ProcessedEventsPurge} every hour, batch after batch until nothing is due. A
 * non-persistent timer: a missed run is done by the next one.
 */
@Singleton
public class ProcessedEventsSchedule {

  private static final Logger LOG = Logger.getLogger(ProcessedEventsSchedule.class.getName());

  @Inject ProcessedEventsPurge purge;

  @Schedule(hour = "*", minute = "23", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    int total = 0;
    int deleted;
    do {
      deleted = purge.purgeBatch();
      total += deleted;
    } while (deleted == ProcessedEventsPurge.BATCH);
    if (total > 0) {
      int count = total;
      LOG.info(() -> "Forgot " + count + " processed event id(s)");
    }
  }
}
