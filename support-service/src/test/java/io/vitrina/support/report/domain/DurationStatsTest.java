package io.vitrina.support.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationStatsTest {

  private static DurationStats of(long... seconds) {
    DurationStats stats = new DurationStats();
    for (long s : seconds) {
      stats.add(Duration.ofSeconds(s));
    }
    return stats;
  }

  @Test
  void shouldHaveNoFiguresWithoutDurations() {
    DurationStats none = of();
    assertEquals(0, none.count());
    assertNull(none.average());
    assertNull(none.median());
    assertNull(none.p90());
  }

  @Test
  void shouldTakeTheMiddleOfAnOddCountAndTheRoundedMeanOfTheTwoMiddlesOfAnEvenOne() {
    assertEquals(30L, of(50, 10, 30).median());
    assertEquals(25L, of(40, 10, 20, 30).median());
    // (10 + 21) / 2 = 15.5, rounded half up.
    assertEquals(16L, of(10, 21).median());
  }

  @Test
  void shouldRoundTheAverageHalfUp() {
    assertEquals(2L, of(1, 2).average());
    assertEquals(1L, of(1, 1, 2).average());
    assertEquals(20L, of(10, 20, 30).average());
  }

  @Test
  void shouldTakeThe90thPercentileByNearestRank() {
    // 10 values: rank 9.
    assertEquals(90L, of(100, 10, 20, 30, 40, 50, 60, 70, 80, 90).p90());
    // 11 values: rank ceil(9.9) = 10.
    assertEquals(100L, of(10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110).p90());
    assertEquals(7L, of(7).p90());
    assertEquals(120L, of(60, 120).p90());
  }

  @Test
  void shouldKeepManyDurations() {
    DurationStats stats = new DurationStats();
    for (int i = 1; i <= 1000; i++) {
      stats.add(Duration.ofSeconds(i));
    }
    assertEquals(1000, stats.count());
    assertEquals(501L, stats.average());
    assertEquals(501L, stats.median());
    assertEquals(900L, stats.p90());
  }
}
