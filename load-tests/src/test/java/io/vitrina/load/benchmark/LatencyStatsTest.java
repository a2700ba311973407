package io.vitrina.load.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {

  @Test
  void nearestRankPercentiles() {
    long[] samples = new long[100];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (100 - i) * 1_000_000L; // 100 ms down to 1 ms, unsorted on purpose
    }
    LatencyStats stats = LatencyStats.of("x", samples, 0, Duration.ofSeconds(2));
    assertEquals(50.0, stats.p50Millis());
    assertEquals(90.0, stats.p90Millis());
    assertEquals(99.0, stats.p99Millis());
    assertEquals(100.0, stats.maxMillis());
    assertEquals(50.0, stats.throughput());
  }

  @Test
  void oneSampleIsEveryPercentile() {
    LatencyStats stats = LatencyStats.of("x", new long[] {3_000_000L}, 1, Duration.ofSeconds(1));
    assertEquals(3.0, stats.p50Millis());
    assertEquals(3.0, stats.p99Millis());
    assertEquals(1, stats.errors());
  }

  @Test
  void noSamplesNoRate() {
    LatencyStats stats = LatencyStats.of("x", new long[0], 0, Duration.ZERO);
    assertEquals(0.0, stats.throughput());
    assertEquals(0.0, stats.p99Millis());
  }
}
