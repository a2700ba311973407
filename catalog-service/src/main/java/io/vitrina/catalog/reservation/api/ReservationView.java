package io.vitrina.catalog.reservation.api;

import io.vitrina.catalog.reservation.domain.Reservation;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reservation as clients see it. */
@Schema(name = "Reservation")
public record ReservationView(
    String orderId,
    @Schema(enumeration = {"HELD", "COMMITTED", "RELEASED", "EXPIRED"}) String status,
    List<Line> lines,
    Instant createdAt,
    @Schema(description = "When a HELD reservation gives its stock back unless committed")
        Instant expiresAt,
    Instant updatedAt) {

  /** One product's quantity. */
  @Schema(name = "ReservedLine")
  public record Line(String productId, int quantity) {}

  static ReservationView of(Reservation reservation) {
    return new ReservationView(
        reservation.orderId(),
        reservation.status().name(),
        reservation.lines().stream().map(l -> new Line(l.productId(), l.quantity())).toList(),
        reservation.createdAt(),
        reservation.expiresAt(),
        reservation.updatedAt());
  }
}
