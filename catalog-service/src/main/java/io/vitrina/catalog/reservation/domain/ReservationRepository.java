package io.vitrina.catalog.reservation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where reservations are kept. Implementations join the caller's transaction. */
public interface ReservationRepository {

  /**
   * Stores a new reservation at once: a concurrent request for the same order then waits on its key
   * until this transaction ends, instead of reserving stock a second time.
   */
  void add(Reservation reservation);

  Optional<Reservation> find(String orderId);

  /** A reservation locked until the transaction ends: commit, release and expiry serialise. */
  Optional<Reservation> findForUpdate(String orderId);

  /** Orders whose reservations are held past their expiry, oldest first. */
  List<String> dueIds(Instant now, int limit);
}
