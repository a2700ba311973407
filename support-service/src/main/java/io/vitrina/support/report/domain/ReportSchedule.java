package io.vitrina.support.report.domain;

import io.vitrina.platform.report.ReportHousekeeping;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Runs {@link ReportHousekeeping} every quarter of an hour. A non-persistent timer: a missed run is
 * done by the next one.
 */
@Singleton
public class ReportSchedule {

  @Inject ReportHousekeeping housekeeping;

  @Schedule(hour = "*", minute = "*/15", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    housekeeping.abandonStale();
    housekeeping.purgeExpired();
  }
}
