package io.vitrina.support.sla.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlaStatusTest {

  private static final Instant DUE = Instant.parse("2026-03-01T12:00:00Z");

  @Test
  void shouldBeBreachedWhenUnmetAfterTheDueTime() {
    assertFalse(SlaStatus.breached(DUE, DUE, null), "exactly at the due time is still in time");
    assertTrue(SlaStatus.breached(DUE.plusMillis(1), DUE, null));
  }

  @Test
  void shouldJudgeAMetTargetByWhenItWasMet() {
    assertFalse(SlaStatus.breached(DUE.plus(Duration.ofDays(9)), DUE, DUE.minusSeconds(1)));
    assertTrue(SlaStatus.breached(DUE.plus(Duration.ofDays(9)), DUE, DUE.plusSeconds(1)));
  }

  @Test
  void shouldReportEachKindAndTheirUnion() {
    SlaStatus status =
        SlaStatus.at(DUE.plusSeconds(5), DUE, DUE.minusSeconds(1), DUE.plusSeconds(1), null);
    assertFalse(status.firstResponseBreached());
    assertTrue(status.resolutionBreached());
    assertTrue(status.breached());
  }

  @Test
  void shouldComputeDueTimesAndRefuseNonsenseTargets() {
    SlaTargets targets = new SlaTargets(Duration.ofHours(1), Duration.ofHours(8));
    assertEquals(DUE.plus(Duration.ofHours(1)), targets.firstResponseDue(DUE));
    assertEquals(DUE.plus(Duration.ofHours(8)), targets.resolutionDue(DUE));
    assertThrows(
        IllegalArgumentException.class, () -> new SlaTargets(Duration.ZERO, Duration.ofHours(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SlaTargets(Duration.ofHours(2), Duration.ofHours(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SlaTargets(Duration.ofHours(1), Duration.ofDays(366)));
  }
}
