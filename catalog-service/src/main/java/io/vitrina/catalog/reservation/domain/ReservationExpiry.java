package io.vitrina.catalog.reservation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Releases the stock of reservations nobody committed in time, one transaction per reservation.
 * Safe on every replica at once: each expiry locks its reservation and re-checks it, so a second
 * run, or a commit that won the race, leaves nothing to do.
 */
@ApplicationScoped
public class ReservationExpiry {

  private static final Logger LOG = Logger.getLogger(ReservationExpiry.class.getName());

  @Inject ReservationService reservations;

  @Inject
  @ConfigProperty(name = "vitrina.reservations.expiry-batch", defaultValue = "200")
  int batch;

  /** Expires what is due; how many it expired. */
  public int expireDue() {
    int expired = 0;
    for (String orderId : reservations.dueForExpiry(batch)) {
      try {
        if (reservations.expire(orderId)) {
          expired++;
        }
      } catch (RuntimeException e) {
        // The next run tries again; one bad reservation must not hold up the others.
        LOG.log(Level.WARNING, "Could not expire the reservation of order " + orderId, e);
      }
    }
    if (expired > 0) {
      int count = expired;
      LOG.info(() -> "Expired " + count + " reservation(s) and released their stock");
    }
    return expired;
  }
}
