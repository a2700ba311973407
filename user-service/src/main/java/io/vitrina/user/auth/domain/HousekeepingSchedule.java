package io.vitrina.user.auth.domain;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Runs {@link SessionHousekeeping} every quarter of an hour. A non-persistent timer: a missed run
 * is simply done by the next one, so there is no timer table to keep.
 */
@Singleton
public class HousekeepingSchedule {

  @Inject SessionHousekeeping housekeeping;

  @Schedule(hour = "*", minute = "*/15", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    housekeeping.purge();
  }
}
