package io.vitrina.catalog.reservation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vitrina.platform.problem.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReservationLinesTest {

  private static final String A = "00000000-0000-0000-0000-00000000000a";
  private static final String B = "00000000-0000-0000-0000-00000000000b";
  private static final String C = "00000000-0000-0000-0000-00000000000c";

  @Test
  void shouldMergeDuplicateProductsAndSortByProductId() {
    List<ReservationLine> normalised =
        ReservationLines.normalise(
            List.of(
                new ReservationLine(C, 1),
                new ReservationLine(A, 2),
                new ReservationLine(C, 4),
                new ReservationLine(B, 3)));
    assertEquals(
        List.of(new ReservationLine(A, 2), new ReservationLine(B, 3), new ReservationLine(C, 5)),
        normalised);
  }

  @Test
  void shouldRecogniseSameRequestInAnotherOrder() {
    Reservation reservation =
        Reservation.hold(
            "order-1",
            ReservationLines.normalise(
                List.of(new ReservationLine(A, 1), new ReservationLine(B, 2))),
            java.time.Instant.EPOCH,
            java.time.Duration.ofMinutes(15));
    assertEquals(
        true,
        reservation.hasLines(
            ReservationLines.normalise(
                List.of(
                    new ReservationLine(B, 1),
                    new ReservationLine(A, 1),
                    new ReservationLine(B, 1)))));
    assertEquals(
        false,
        reservation.hasLines(ReservationLines.normalise(List.of(new ReservationLine(A, 1)))));
  }

  @Test
  void shouldRejectZeroQuantity() {
    assertThrows(
        InvalidInputException.class,
        () ->
            ReservationLines.normalise(
                List.of(new ReservationLine(A, 1), new ReservationLine(B, 0))));
  }

  @Test
  void shouldRejectNegativeQuantityEvenWhenMergedTotalIsPositive() {
    assertThrows(
        InvalidInputException.class,
        () ->
            ReservationLines.normalise(
                List.of(new ReservationLine(A, 5), new ReservationLine(A, -2))));
  }

  @Test
  void shouldRejectNoLines() {
    assertThrows(InvalidInputException.class, () -> ReservationLines.normalise(List.of()));
    assertThrows(InvalidInputException.class, () -> ReservationLines.normalise(null));
  }

  @Test
  void shouldRejectMergedQuantityAboveMaximumWithoutOverflow() {
    assertThrows(
        InvalidInputException.class,
        () ->
            ReservationLines.normalise(
                List.of(
                    new ReservationLine(A, ReservationLines.MAX_QUANTITY),
                    new ReservationLine(A, 1))));
    assertThrows(
        InvalidInputException.class,
        () ->
            ReservationLines.normalise(
                List.of(
                    new ReservationLine(A, Integer.MAX_VALUE),
                    new ReservationLine(A, Integer.MAX_VALUE))));
  }

  @Test
  void shouldRejectTooManyProducts() {
    List<ReservationLine> lines = new ArrayList<>();
    for (int i = 0; i <= ReservationLines.MAX_LINES; i++) {
      lines.add(new ReservationLine(String.format("00000000-0000-0000-0000-%012d", i), 1));
    }
    assertThrows(InvalidInputException.class, () -> ReservationLines.normalise(lines));
  }
}
