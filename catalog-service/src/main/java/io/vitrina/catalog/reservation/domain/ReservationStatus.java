package io.vitrina.catalog.reservation.domain;

/** Where a reservation is in its life. Only HELD holds stock; the other three are final. */
public enum ReservationStatus {
  /** Stock is held for the order until it is committed, released or expires. */
  HELD,
  /** The held stock was sold. */
  COMMITTED,
  /** The held stock was given back on request. */
  RELEASED,
  /** The held stock was given back because nobody committed it in time. */
  EXPIRED
}
