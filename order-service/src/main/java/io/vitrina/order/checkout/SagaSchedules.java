package io.vitrina.order.checkout;

import io.vitrina.order.idempotency.domain.Idempotency;
import io.vitrina.platform.events.ProcessedEventsPurge;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The saga's schedules, as non-persistent interval timers (a missed run is done by the next one;
 * every replica runs them, and each order is changed under its row lock, so two replicas never
 * apply one outcome twice):
 *
 * <ul>
 *   <li>every {@code vitrina.payments.reconcile-interval} (30 s): settle charges and refunds whose
 *       outcome is unknown, and apply them to their orders;
 *   <li>every {@code vitrina.orders.expiry-interval} (1 min): cancel unpaid orders past their
 *       payment deadline (reason payment-expired);
 *   <li>every hour: forget idempotency keys older than their retention (24 h), and the ids of
 *       consumed events older than {@code vitrina.events.processed-retention} (30 days).
 * </ul>
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SagaSchedules {

  private static final Logger LOG = Logger.getLogger(SagaSchedules.class.getName());

  static final String RECONCILE = "reconcile-payments";
  static final String EXPIRE = "expire-unpaid-orders";
  static final String PURGE_KEYS = "purge-idempotency-keys";
  static final String PURGE_EVENTS = "purge-processed-events";

  /** How many open payments one reconcile run looks up. */
  static final int RECONCILE_BATCH = 100;

  /** How many keys one purge transaction forgets. */
  static final int PURGE_BATCH = 1_000;

  @Resource TimerService timers;

  @Inject OrderPayments payments;
  @Inject OrderCancellations cancellations;
  @Inject Idempotency idempotency;
  @Inject ProcessedEventsPurge processedEvents;

  @Inject
  @ConfigProperty(name = "vitrina.payments.reconcile-interval", defaultValue = "PT30S")
  Duration reconcileInterval;

  @Inject
  @ConfigProperty(name = "vitrina.orders.expiry-interval", defaultValue = "PT1M")
  Duration expiryInterval;

  @PostConstruct
  void start() {
    schedule(RECONCILE, reconcileInterval);
    schedule(EXPIRE, expiryInterval);
    schedule(PURGE_KEYS, Duration.ofHours(1));
    schedule(PURGE_EVENTS, Duration.ofHours(1));
  }

  private void schedule(String name, Duration interval) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("The interval of " + name + " must be above 0");
    }
    timers.createIntervalTimer(
        interval.toMillis(), interval.toMillis(), new TimerConfig(name, false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run(Timer timer) {
    String name = String.valueOf(timer.getInfo());
    try {
      switch (name) {
        case RECONCILE -> {
          int settled = payments.reconcile(RECONCILE_BATCH);
          if (settled > 0) {
            LOG.info(() -> "Settled " + settled + " payment(s) of unknown outcome");
          }
        }
        case EXPIRE -> {
          int expired = cancellations.expireOverdue();
          if (expired > 0) {
            LOG.info(() -> "Cancelled " + expired + " unpaid order(s) past their deadline");
          }
        }
        case PURGE_KEYS -> {
          int deleted;
          do {
            deleted = idempotency.purge(PURGE_BATCH);
          } while (deleted == PURGE_BATCH);
        }
        case PURGE_EVENTS -> ProcessedEventsPurge.drain(processedEvents);
        default -> LOG.warning(() -> "Unknown timer " + name);
      }
    } catch (RuntimeException e) {
      // The next run tries again; a failing schedule must not cancel its timer.
      LOG.log(Level.WARNING, "Schedule " + name + " failed", e);
    }
  }
}
