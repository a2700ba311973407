package io.vitrina.catalog.reservation.domain;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Runs {@link ReservationExpiry} every minute. A non-persistent timer: a missed run is simply done
 * by the next one, so there is no timer table to keep.
 */
@Singleton
public class ExpirySchedule {

  @Inject ReservationExpiry expiry;

  @Schedule(hour = "*", minute = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    expiry.expireDue();
  }
}
