package io.vitrina.support.context.domain;

import io.vitrina.platform.events.ProcessedEvents;
import io.vitrina.support.ticket.domain.TicketService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Keeps the read model of customers and orders from user-service's and order-service's events, each
 * applied in the listener's transaction with its processed mark: once, and whatever order they
 * arrive in (see {@link OrderSnapshot} and {@link CustomerSnapshot}). Two reactions reach into
 * tickets: a deleted customer's tickets are anonymised, and a refund resolves the approved return
 * ticket it followed.
 */
@ApplicationScoped
public class ReadModel {

  private static final Logger LOG = Logger.getLogger(ReadModel.class.getName());

  @Inject ReadModelRepository snapshots;
  @Inject ProcessedEvents processed;
  @Inject TicketService tickets;
  @Inject Clock clock;

  /**
   * Applies a user event.
   *
   * @return false for an event applied before
   */
  @Transactional
  public boolean apply(CustomerEvent event) {
    if (!processed.mark(event.eventId(), event.type(), clock.instant())) {
      LOG.fine(() -> "Event " + event.eventId() + " was applied before");
      return false;
    }
    Optional<CustomerSnapshot> found = snapshots.customerForUpdate(event.userId());
    CustomerSnapshot snapshot = found.orElseGet(() -> new CustomerSnapshot(event.userId()));
    event.applyTo(snapshot);
    if (found.isEmpty()) {
      snapshots.add(snapshot);
    }
    if (event.deletion()) {
      int anonymised = tickets.anonymise(event.userId());
      LOG.info(
          () -> "Customer " + event.userId() + " deleted: " + anonymised + " tickets anonymised");
    }
    return true;
  }

  /**
   * Applies an order event.
   *
   * @return false for an event applied before
   */
  @Transactional
  public boolean apply(OrderEvent event) {
    if (!processed.mark(event.eventId(), event.type(), clock.instant())) {
      LOG.fine(() -> "Event " + event.eventId() + " was applied before");
      return false;
    }
    Optional<OrderSnapshot> found = snapshots.orderForUpdate(event.orderId());
    OrderSnapshot snapshot =
        found.orElseGet(() -> new OrderSnapshot(event.orderId(), event.customerId()));
    event.applyTo(snapshot);
    if (found.isEmpty()) {
      snapshots.add(snapshot);
    }
    if (OrderEvent.REFUNDED.equals(event.type())) {
      int resolved = tickets.resolveRefundedReturn(event.orderId(), event.ticketId());
      LOG.info(
          () -> "Order " + event.orderId() + " refunded: " + resolved + " return tickets resolved");
    }
    return true;
  }

  /** The customer as last heard of, and when. */
  @Transactional
  public Optional<Known<CustomerCard>> customer(String id) {
    return snapshots.customer(id).map(c -> new Known<>(c.card(), c.updatedAt()));
  }

  /** The order as last heard of, and when. */
  @Transactional
  public Optional<Known<OrderFacts>> order(String id) {
    return snapshots.order(id).map(o -> new Known<>(o.facts(), o.updatedAt()));
  }
}
