package io.vitrina.catalog.orderevents.domain;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The {@code events.consumed} counter on the application registry, tagged {@code type} (the
 * contract's order event types, anything else as {@code other}) and {@code outcome} ({@code
 * processed}, {@code duplicate}, {@code ignored}, {@code failed}). A delivery is counted when its
 * transaction ends, so a rolled-back delivery counts as failed, not as what it would have been.
 * Looked up at each use, as the other metrics of this service.
 */
@ApplicationScoped
public class ConsumedEventMetrics {

  @Inject MetricRegistry registry;

  @Resource TransactionSynchronizationRegistry transactions;

  /** A delivery in the current transaction: tell it the outcome once known. */
  public final class Delivery implements Synchronization {
    private final String type;
    private Outcome outcome = Outcome.FAILED;

    private Delivery(String type) {
      this.type = type;
    }

    public void outcome(Outcome outcome) {
      this.outcome = outcome;
    }

    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      count(type, status == Status.STATUS_COMMITTED ? outcome : Outcome.FAILED);
    }
  }

  /** Starts counting a delivery of this type; it counts as failed unless it commits. */
  public Delivery delivery(String type) {
    Delivery delivery = new Delivery(type);
    transactions.registerInterposedSynchronization(delivery);
    return delivery;
  }

  void count(String type, Outcome outcome) {
    registry
        .counter(
            "events.consumed",
            new Tag(
                "type", type != null && OrderEvent.CONTRACT_TYPES.contains(type) ? type : "other"),
            new Tag("outcome", outcome.tag()))
        .inc();
  }
}
