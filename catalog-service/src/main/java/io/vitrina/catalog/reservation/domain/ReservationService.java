package io.vitrina.catalog.reservation.domain;

import io.vitrina.catalog.inventory.domain.InventoryRepository;
import io.vitrina.catalog.inventory.domain.StockChangeCause;
import io.vitrina.catalog.inventory.domain.StockChanges;
import io.vitrina.catalog.product.domain.ProductRepository;
import io.vitrina.catalog.product.domain.ProductStatus;
import io.vitrina.platform.problem.ConflictException;
import io.vitrina.platform.problem.UnprocessableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds stock for orders, all lines or none, and never more than there is: each line is one
 * conditional UPDATE that applies only if enough is available, lines are applied in product-id
 * order, and the first line that does not apply rolls the whole transaction back. Every stock
 * movement is announced through {@link StockChanges} in the same transaction.
 */
@ApplicationScoped
public class ReservationService {

  @Inject ReservationRepository reservations;
  @Inject InventoryRepository inventory;
  @Inject StockChanges stockChanges;
  @Inject ProductRepository products;
  @Inject ReservationMetrics metrics;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "vitrina.reservations.ttl", defaultValue = "PT35M")
  Duration ttl;

  /** A reservation and whether this call made it (false: the same request was made before). */
  public record Outcome(Reservation reservation, boolean created) {}

  /**
   * Reserves the lines for an order; the same request again returns the first one's reservation.
   *
   * @throws InsufficientStockException when any product has too little available stock
   * @throws ConflictException when the order already has a reservation of other lines
   * @throws UnprocessableException when a product does not exist or is not for sale
   */
  @Transactional
  public Outcome reserve(String orderId, List<ReservationLine> requested) {
    List<ReservationLine> lines = ReservationLines.normalise(requested);
    Optional<Reservation> existing = reservations.find(orderId);
    if (existing.isPresent()) {
      if (existing.get().hasLines(lines)) {
        return new Outcome(existing.get(), false);
      }
      metrics.conflicted();
      throw new ConflictException(
          "Order " + orderId + " already has a reservation, of other lines.");
    }
    requireForSale(lines);
    Reservation reservation = Reservation.hold(orderId, lines, clock.instant(), ttl);
    reservations.add(reservation);
    for (ReservationLine line : lines) {
      if (!inventory.reserve(line.productId(), line.quantity())) {
        metrics.conflicted();
        metrics.stockout();
        // Unchecked: the transaction rolls back with every line reserved before this one.
        throw new InsufficientStockException(line.productId(), line.quantity());
      }
      stockChanges.applied(line.productId(), 0, line.quantity(), StockChangeCause.RESERVATION);
    }
    metrics.reserved();
    return new Outcome(reservation, true);
  }

  @Transactional
  public Optional<Reservation> find(String orderId) {
    return reservations.find(orderId);
  }

  /** Sells the held stock; a repeated commit changes nothing. */
  @Transactional
  public Optional<Reservation> commit(String orderId) {
    Optional<Reservation> found = reservations.findForUpdate(orderId);
    found
        .filter(reservation -> reservation.commit(clock.instant()))
        .ifPresent(
            reservation -> {
              for (ReservationLine line : reservation.lines()) {
                moveStock(inventory.sell(line.productId(), line.quantity()), line);
                stockChanges.applied(
                    line.productId(), -line.quantity(), -line.quantity(), StockChangeCause.COMMIT);
              }
            });
    return found;
  }

  /** Gives the held stock back; a repeated release changes nothing. */
  @Transactional
  public Optional<Reservation> release(String orderId) {
    Optional<Reservation> found = reservations.findForUpdate(orderId);
    found
        .filter(reservation -> reservation.release(clock.instant()))
        .ifPresent(reservation -> giveBack(reservation, StockChangeCause.RELEASE));
    return found;
  }

  /** Orders whose reservations are due to expire, at most {@code limit}. */
  @Transactional
  public List<String> dueForExpiry(int limit) {
    return reservations.dueIds(clock.instant(), limit);
  }

  /**
   * Expires one reservation if it is still held past its time; in a transaction of its own so that
   * one failure does not keep the others' stock.
   */
  @Transactional
  public boolean expire(String orderId) {
    Optional<Reservation> found =
        reservations.findForUpdate(orderId).filter(r -> r.expire(clock.instant()));
    found.ifPresent(reservation -> giveBack(reservation, StockChangeCause.EXPIRY));
    found.ifPresent(reservation -> metrics.expired());
    return found.isPresent();
  }

  private void giveBack(Reservation reservation, StockChangeCause cause) {
    for (ReservationLine line : reservation.lines()) {
      moveStock(inventory.release(line.productId(), line.quantity()), line);
      stockChanges.applied(line.productId(), 0, -line.quantity(), cause);
    }
  }

  private static void moveStock(boolean applied, ReservationLine line) {
    if (!applied) {
      // Held stock is always there to sell or release; anything else is a bug, not a conflict.
      throw new IllegalStateException("Held stock is missing for " + line);
    }
  }

  private void requireForSale(List<ReservationLine> lines) {
    Map<String, ProductStatus> statuses =
        products.statuses(lines.stream().map(ReservationLine::productId).toList());
    for (ReservationLine line : lines) {
      if (statuses.get(line.productId()) != ProductStatus.ACTIVE) {
        throw new UnprocessableException(
            "Product " + line.productId() + " does not exist or is not for sale.");
      }
    }
  }
}
