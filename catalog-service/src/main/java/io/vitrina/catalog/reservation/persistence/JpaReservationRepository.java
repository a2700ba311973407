package io.vitrina.catalog.reservation.persistence;

import io.vitrina.catalog.reservation.domain.Reservation;
import io.vitrina.catalog.reservation.domain.ReservationRepository;
import io.vitrina.catalog.reservation.domain.ReservationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reservations in {@code reservations}, their lines in {@code reservation_lines}. */
@ApplicationScoped
public class JpaReservationRepository implements ReservationRepository {

  @PersistenceContext(unitName = "vitrina")
  EntityManager em;

  @Override
  public void add(Reservation reservation) {
    em.persist(reservation);
    em.flush();
  }

  @Override
  public Optional<Reservation> find(String orderId) {
    return Optional.ofNullable(em.find(Reservation.class, orderId));
  }

  @Override
  public Optional<Reservation> findForUpdate(String orderId) {
    return Optional.ofNullable(em.find(Reservation.class, orderId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<String> dueIds(Instant now, int limit) {
    return em.createNamedQuery("Reservation.dueIds", String.class)
        .setParameter("held", ReservationStatus.HELD)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }
}
