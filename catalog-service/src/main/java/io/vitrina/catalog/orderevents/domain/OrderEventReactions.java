package io.vitrina.catalog.orderevents.domain;

import io.vitrina.catalog.inventory.domain.InventoryService;
import io.vitrina.catalog.orderevents.domain.OrderEvent.OrderCancelled;
import io.vitrina.catalog.orderevents.domain.OrderEvent.OrderPaid;
import io.vitrina.catalog.orderevents.domain.OrderEvent.OrderRefunded;
import io.vitrina.catalog.orderevents.domain.OrderEvent.RefundedLine;
import io.vitrina.catalog.reservation.domain.Reservation;
import io.vitrina.catalog.reservation.domain.ReservationLine;
import io.vitrina.catalog.reservation.domain.ReservationRepository;
import io.vitrina.catalog.reservation.domain.ReservationService;
import io.vitrina.catalog.reservation.domain.ReservationStatus;
import io.vitrina.platform.events.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * What catalog does when an order moves on: a paid order's reservation becomes a sale, a cancelled
 * order's held stock is given back, and a refund with restock puts the units back on hand as an
 * audited adjustment by {@value #ACTOR}. Each reaction runs in the consumer's transaction together
 * with the mark of its event id, so an event has its effect once however often it arrives; a refund
 * is also marked by its own id, so that it is restocked once even when it comes again in an event
 * with a new id.
 *
 * <p>Reactions decide from the reservation's state before they act, under its row lock, rather than
 * let a refused transition throw: a state that an event cannot change (an order catalog never saw,
 * a payment for a reservation that has expired) would fail every redelivery alike, so it is logged
 * and the event is taken as ignored.
 */
@ApplicationScoped
public class OrderEventReactions {

  /** Who the audit trail names for a restock. */
  public static final String ACTOR = "order-service";

  private static final Logger LOG = Logger.getLogger(OrderEventReactions.class.getName());

  @Inject ProcessedEvents processed;
  @Inject RestockedRefunds refunds;
  @Inject ReservationRepository reservationRepository;
  @Inject ReservationService reservations;
  @Inject InventoryService inventory;
  @Inject Clock clock;

  /** Applies the event once; joins the delivery's transaction. */
  @Transactional
  public Outcome react(OrderEvent event) {
    if (!processed.mark(event.id(), event.type(), clock.instant())) {
      LOG.fine(() -> "Event " + event.id() + " (" + event.type() + ") was processed before");
      return Outcome.DUPLICATE;
    }
    Optional<Reservation> reservation = reservationRepository.findForUpdate(event.orderId());
    if (reservation.isEmpty()) {
      LOG.warning(
          () ->
              "Ignored "
                  + event.type()
                  + " "
                  + event.id()
                  + ": no reservation for order "
                  + event.orderId());
      return Outcome.IGNORED;
    }
    if (event instanceof OrderPaid paid) {
      return paid(paid, reservation.get());
    }
    if (event instanceof OrderCancelled cancelled) {
      return cancelled(cancelled, reservation.get());
    }
    return refunded((OrderRefunded) event, reservation.get());
  }

  private Outcome paid(OrderPaid event, Reservation reservation) {
    if (reservation.status() == ReservationStatus.COMMITTED) {
      return Outcome.IGNORED;
    }
    if (reservation.status() != ReservationStatus.HELD
        || reservation.isExpiredAt(clock.instant())) {
      // Paid, but its stock was let go: a person has to decide (reorder, refund).
      LOG.warning(
          () ->
              "Order "
                  + event.orderId()
                  + " was paid ("
                  + event.id()
                  + ") but its reservation is "
                  + reservation.status()
                  + (reservation.status() == ReservationStatus.HELD ? " past its expiry" : "")
                  + ": it holds no stock to sell");
      return Outcome.IGNORED;
    }
    reservations.commit(event.orderId());
    return Outcome.PROCESSED;
  }

  private Outcome cancelled(OrderCancelled event, Reservation reservation) {
    if (reservation.status() != ReservationStatus.HELD) {
      if (reservation.status() == ReservationStatus.COMMITTED) {
        LOG.info(
            () ->
                "Order "
                    + event.orderId()
                    + " was cancelled after payment: its stock comes back with the refund");
      }
      return Outcome.IGNORED;
    }
    reservations.release(event.orderId());
    return Outcome.PROCESSED;
  }

  private Outcome refunded(OrderRefunded event, Reservation reservation) {
    if (!event.restock()) {
      return Outcome.IGNORED;
    }
    if (reservation.status() != ReservationStatus.COMMITTED) {
      // Units that were never sold are still (or again) in stock: restocking them would invent
      // some.
      LOG.warning(
          () ->
              "Ignored the restock of refund "
                  + event.refundId()
                  + ": the reservation of order "
                  + event.orderId()
                  + " is "
                  + reservation.status()
                  + ", not COMMITTED");
      return Outcome.IGNORED;
    }
    if (!refunds.mark(event.refundId(), event.orderId(), clock.instant())) {
      LOG.info(
          () ->
              "Refund "
                  + event.refundId()
                  + " of order "
                  + event.orderId()
                  + " was restocked before; "
                  + event.id()
                  + " changes nothing");
      return Outcome.DUPLICATE;
    }
    Map<String, Integer> sold =
        reservation.lines().stream()
            .collect(
                Collectors.toMap(
                    ReservationLine::productId, ReservationLine::quantity, Integer::sum));
    String reason = "refund " + event.refundId() + " of order " + event.orderId();
    boolean restocked = false;
    for (RefundedLine line : event.lines()) {
      int soldQuantity = sold.getOrDefault(line.productId(), 0);
      if (line.quantity() > soldQuantity) {
        LOG.warning(
            () ->
                "Ignored a line of refund "
                    + event.refundId()
                    + ": "
                    + line.quantity()
                    + " x "
                    + line.productId()
                    + ", but order "
                    + event.orderId()
                    + " bought "
                    + soldQuantity);
        continue;
      }
      restocked |= inventory.restock(line.productId(), line.quantity(), reason, ACTOR).isPresent();
    }
    return restocked ? Outcome.PROCESSED : Outcome.IGNORED;
  }
}
