package io.vitrina.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.vitrina.platform.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProcessedEventsPurgeTest {

  /** Thirty days before the clock's now. */
  private static final Instant CUTOFF = Instant.parse("2026-10-30T10:00:00Z");

  private final ProcessedEventsPurge purge = new ProcessedEventsPurge();

  @BeforeEach
  void wire() {
    purge.processed = mock(ProcessedEvents.class);
    purge.clock = MutableClock.at("2026-11-29T10:00:00Z");
    purge.retention = Duration.ofDays(30);
  }

  @Test
  void shouldForgetABatchOfIdsProcessedBeforeTheRetention() {
    when(purge.processed.purgeBefore(CUTOFF, ProcessedEventsPurge.BATCH)).thenReturn(7);

    assertEquals(7, purge.purgeBatch());

    verify(purge.processed).purgeBefore(CUTOFF, ProcessedEventsPurge.BATCH);
  }

  @Test
  void shouldDrainBatchAfterBatchUntilOneIsNotFull() {
    when(purge.processed.purgeBefore(CUTOFF, ProcessedEventsPurge.BATCH))
        .thenReturn(ProcessedEventsPurge.BATCH, ProcessedEventsPurge.BATCH, 7);

    assertEquals(2 * ProcessedEventsPurge.BATCH + 7, ProcessedEventsPurge.drain(purge));

    verify(purge.processed, times(3)).purgeBefore(CUTOFF, ProcessedEventsPurge.BATCH);
  }

  @Test
  void shouldStopAtOnceWhenNothingIsDue() {

    assertEquals(0, ProcessedEventsPurge.drain(purge));

    verify(purge.processed, times(1)).purgeBefore(any(Instant.class), anyInt());
  }
}
