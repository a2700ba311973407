package io.vitrina.catalog.orderevents.domain;

import io.vitrina.platform.events.ProcessedEventsPurge;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Runs {@link ProcessedEventsPurge} every hour, batch after batch until nothing is due. A
 * non-persistent timer: a missed run is done by the next one.
 */
@Singleton
public class ProcessedEventsSchedule {

  @Inject ProcessedEventsPurge purge;

  @Schedule(hour = "*", minute = "23", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    ProcessedEventsPurge.drain(purge);
  }
}
