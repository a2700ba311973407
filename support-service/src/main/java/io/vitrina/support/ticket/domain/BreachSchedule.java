package io.vitrina.support.ticket.domain;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Runs {@link BreachMonitor} every minute. A non-persistent timer: a missed run is simply done by
 * the next one. Replicas may run it at once: a ticket already marked is not marked again.
 */
@Singleton
public class BreachSchedule {

  @Inject BreachMonitor monitor;

  @Schedule(hour = "*", minute = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    monitor.flag();
  }
}
