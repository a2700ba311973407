package io.vitrina.catalog.inventory.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StockChangeTest {

  private static final String PRODUCT = "3f1c9a52-0000-4000-8000-000000000001";

  private static StockLevel level(int onHand, int reserved, int threshold) {
    return new StockLevel(PRODUCT, onHand, reserved, threshold);
  }

  @Test
  void shouldDeriveTheLevelBeforeFromTheLevelAfterAndTheDeltas() {
    StockChange change = StockChange.leaving(level(7, 3, 5), -2, -2, StockChangeCause.COMMIT);

    assertEquals(level(9, 5, 5), change.before());
    assertEquals(level(7, 3, 5), change.after());
    assertEquals(4, change.before().available());
    assertEquals(4, change.after().available());
  }

  @Test
  void shouldBecomeLowWhenAvailableDropsExactlyToTheThreshold() {
    // 10 on hand, 5 threshold: reserving 5 leaves 5 available, which is low.
    assertTrue(
        StockChange.leaving(level(10, 5, 5), 0, 5, StockChangeCause.RESERVATION).becameLow());
  }

  @Test
  void shouldBecomeLowWhenAvailableDropsBelowTheThresholdInOneStep() {
    assertTrue(
        StockChange.leaving(level(10, 9, 5), 0, 9, StockChangeCause.RESERVATION).becameLow());
  }

  @Test
  void shouldNotBecomeLowAgainWhileItStaysLow() {
    // 5 available before (already low), 4 after.
    assertFalse(
        StockChange.leaving(level(10, 6, 5), 0, 1, StockChangeCause.RESERVATION).becameLow());
  }

  @Test
  void shouldNotBecomeLowWhenAvailableStaysAboveTheThreshold() {
    assertFalse(
        StockChange.leaving(level(10, 4, 5), 0, 1, StockChangeCause.RESERVATION).becameLow());
  }

  @Test
  void shouldNotBecomeLowWhenStockRisesOutOfLowOrWithinIt() {
    assertFalse(StockChange.leaving(level(10, 0, 5), 8, 0, StockChangeCause.RESTOCK).becameLow());
    assertFalse(StockChange.leaving(level(3, 0, 5), 1, 0, StockChangeCause.ADJUSTMENT).becameLow());
  }

  @Test
  void shouldBecomeLowAgainAfterHavingRecovered() {
    StockChange recovered = StockChange.leaving(level(10, 0, 5), 6, 0, StockChangeCause.RESTOCK);
    StockChange dropped = StockChange.leaving(level(10, 6, 5), 0, 6, StockChangeCause.RESERVATION);

    assertTrue(recovered.before().isLow());
    assertFalse(recovered.after().isLow());
    assertFalse(recovered.becameLow());
    assertTrue(dropped.becameLow());
  }

  @Test
  void shouldNotBecomeLowWhenASaleLeavesAvailableUnchanged() {
    assertFalse(StockChange.leaving(level(2, 0, 5), -3, -3, StockChangeCause.COMMIT).becameLow());
  }

  @Test
  void shouldTreatAZeroThresholdAsLowOnlyWhenNothingIsAvailable() {
    assertFalse(
        StockChange.leaving(level(1, 0, 0), -1, 0, StockChangeCause.ADJUSTMENT).becameLow());
    assertTrue(StockChange.leaving(level(1, 1, 0), 0, 1, StockChangeCause.RESERVATION).becameLow());
  }

  @Test
  void shouldNameCausesInLowerCaseOnTheWire() {
    assertEquals("adjustment", StockChangeCause.ADJUSTMENT.wireName());
    assertEquals("reservation", StockChangeCause.RESERVATION.wireName());
    assertEquals("commit", StockChangeCause.COMMIT.wireName());
    assertEquals("release", StockChangeCause.RELEASE.wireName());
    assertEquals("expiry", StockChangeCause.EXPIRY.wireName());
    assertEquals("restock", StockChangeCause.RESTOCK.wireName());
  }
}
