package io.vitrina.catalog.reservation.domain;

import io.vitrina.platform.problem.ConflictException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stock held for one order, keyed by the order's id so that a repeated request finds it. It decides
 * its own transitions (held, then committed, released or expired); the stock itself is moved by
 * {@link ReservationService}. Never serialised to a client.
 */
@Entity
@Table(name = "reservations")
@NamedQuery(
    name = "Reservation.dueIds",
    query =
        "SELECT r.orderId FROM Reservation r WHERE r.status = :held AND r.expiresAt <= :now"
            + " ORDER BY r.expiresAt")
public class Reservation {

  @Id
  @Column(name = "order_id", length = 64)
  private String orderId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private ReservationStatus status;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "reservation_lines", joinColumns = @JoinColumn(name = "order_id"))
  @OrderBy("productId")
  private List<ReservationLine> lines = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Reservation() {}

  /** A reservation holding normalised lines (see {@link ReservationLines}) for {@code ttl}. */
  public static Reservation hold(
      String orderId, List<ReservationLine> normalisedLines, Instant now, Duration ttl) {
    Reservation reservation = new Reservation();
    reservation.orderId = orderId;
    reservation.status = ReservationStatus.HELD;
    reservation.lines.addAll(normalisedLines);
    reservation.createdAt = now;
    reservation.updatedAt = now;
    reservation.expiresAt = now.plus(ttl);
    return reservation;
  }

  /** Whether a request with these normalised lines is this reservation asked for again. */
  public boolean hasLines(List<ReservationLine> normalisedLines) {
    return lines().equals(normalisedLines);
  }

  /** Whether this reservation still holds stock that nobody committed in time. */
  public boolean isExpiredAt(Instant now) {
    return status == ReservationStatus.HELD && !now.isBefore(expiresAt);
  }

  /**
   * Turns the held stock into a sale.
   *
   * @return true when stock must now be sold; false when it already was (a repeated commit)
   * @throws ConflictException when the reservation no longer holds stock
   */
  public boolean commit(Instant now) {
    if (status == ReservationStatus.COMMITTED) {
      return false;
    }
    if (status != ReservationStatus.HELD) {
      throw new ConflictException(
          "The reservation for order " + orderId + " was " + describe() + ": it holds no stock.");
    }
    if (isExpiredAt(now)) {
      throw new ConflictException(
          "The reservation for order " + orderId + " has expired: it holds no stock.");
    }
    status = ReservationStatus.COMMITTED;
    updatedAt = now;
    return true;
  }

  /**
   * Gives the held stock back.
   *
   * @return true when stock must now be released; false when it already was
   * @throws ConflictException when the stock was sold
   */
  public boolean release(Instant now) {
    if (status == ReservationStatus.RELEASED || status == ReservationStatus.EXPIRED) {
      return false;
    }
    if (status == ReservationStatus.COMMITTED) {
      throw new ConflictException(
          "The reservation for order " + orderId + " was committed: its stock is sold.");
    }
    status = ReservationStatus.RELEASED;
    updatedAt = now;
    return true;
  }

  /**
   * Expires the reservation if its time is up.
   *
   * @return true when stock must now be released
   */
  public boolean expire(Instant now) {
    if (!isExpiredAt(now)) {
      return false;
    }
    status = ReservationStatus.EXPIRED;
    updatedAt = now;
    return true;
  }

  private String describe() {
    return status.name().toLowerCase(Locale.ROOT);
  }

  public String orderId() {
    return orderId;
  }

  public ReservationStatus status() {
    return status;
  }

  public List<ReservationLine> lines() {
    return List.copyOf(lines);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
