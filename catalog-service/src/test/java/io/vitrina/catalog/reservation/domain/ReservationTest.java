package io.vitrina.catalog.reservation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.platform.problem.ConflictException;
import io.vitrina.platform.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReservationTest {

  private static final Duration TTL = Duration.ofMinutes(15);
  private static final List<ReservationLine> LINES =
      List.of(new ReservationLine("00000000-0000-0000-0000-000000000001", 2));

  private final MutableClock clock = MutableClock.at("2026-11-01T10:00:00Z");

  private Reservation held() {
    return Reservation.hold("order-1", LINES, clock.instant(), TTL);
  }

  @Test
  void shouldNotExpireBeforeItsTime() {
    Reservation reservation = held();
    clock.advance(TTL.minusSeconds(1));
    assertFalse(reservation.isExpiredAt(clock.instant()));
    assertFalse(reservation.expire(clock.instant()));
    assertEquals(ReservationStatus.HELD, reservation.status());
  }

  @Test
  void shouldExpireWhenItsTimeComes() {
    Reservation reservation = held();
    clock.advance(TTL);
    assertTrue(reservation.isExpiredAt(clock.instant()));
    assertTrue(reservation.expire(clock.instant()));
    assertEquals(ReservationStatus.EXPIRED, reservation.status());
    assertFalse(reservation.expire(clock.instant()), "a second expiry must release nothing");
  }

  @Test
  void shouldNeverExpireCommittedReservation() {
    Reservation reservation = held();
    assertTrue(reservation.commit(clock.instant()));
    clock.advance(TTL.multipliedBy(10));
    assertFalse(reservation.isExpiredAt(clock.instant()));
    assertFalse(reservation.expire(clock.instant()));
    assertEquals(ReservationStatus.COMMITTED, reservation.status());
  }

  @Test
  void shouldRefuseCommitAfterExpiryEvenBeforeTheScheduleRuns() {
    Reservation reservation = held();
    clock.advance(TTL.plusSeconds(1));
    assertThrows(ConflictException.class, () -> reservation.commit(clock.instant()));
    assertEquals(ReservationStatus.HELD, reservation.status());
  }

  @Test
  void shouldCommitOnceAndTreatRepeatAsNoChange() {
    Reservation reservation = held();
    assertTrue(reservation.commit(clock.instant()));
    assertFalse(reservation.commit(clock.instant()));
    assertThrows(ConflictException.class, () -> reservation.release(clock.instant()));
  }

  @Test
  void shouldReleaseOnceAndRefuseCommitAfterwards() {
    Reservation reservation = held();
    assertTrue(reservation.release(clock.instant()));
    assertFalse(reservation.release(clock.instant()));
    assertThrows(ConflictException.class, () -> reservation.commit(clock.instant()));
    assertEquals(ReservationStatus.RELEASED, reservation.status());
  }
}
