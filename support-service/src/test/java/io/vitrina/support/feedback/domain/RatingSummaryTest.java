package io.vitrina.support.feedback.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatingSummaryTest {

  @Test
  void averagesExactlyFromTheCountsToTwoDecimalsHalfUp() {
    // 1×1 + 2×5 = 11 over 3 ratings = 3.666… → 3.67
    RatingSummary summary = new RatingSummary("p", 3, List.of(1L, 0L, 0L, 0L, 2L), Instant.EPOCH);
    assertEquals(new BigDecimal("3.67"), summary.average());
  }

  @Test
  void averagesAWholeNumberWithTwoDecimals() {
    RatingSummary summary = new RatingSummary("p", 2, List.of(0L, 0L, 0L, 2L, 0L), Instant.EPOCH);
    assertEquals(new BigDecimal("4.00"), summary.average());
  }

  @Test
  void hasNoAverageWithoutRatings() {
    RatingSummary none = RatingSummary.none("p");
    assertNull(none.average());
    assertEquals(0, none.ratings());
    assertEquals(List.of(0L, 0L, 0L, 0L, 0L), none.distribution());
  }

  @Test
  void refusesCountsThatDoNotAddUp() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RatingSummary("p", 4, List.of(1L, 1L, 1L, 0L, 0L), null));
  }

  @Test
  void refusesADistributionOfAnotherLength() {
    assertThrows(
        IllegalArgumentException.class, () -> new RatingSummary("p", 1, List.of(1L), null));
  }
}
