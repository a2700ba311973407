package io.vitrina.load.benchmark;

import java.time.Duration;
import java.util.Arrays;

/**
 * Request rate and latency percentiles of one measured scenario, from every latency recorded
 * (nearest-rank percentiles over the sorted samples, no histogram approximation).
 */
public record LatencyStats(
    String scenario,
    long requests,
    long errors,
    Duration elapsed,
    double p50Millis,
    double p90Millis,
    double p99Millis,
    double maxMillis) {

  /**
   * @param latenciesNanos every request's latency; sorted in place
   */
  public static LatencyStats of(
      String scenario, long[] latenciesNanos, long errors, Duration elapsed) {
    Arrays.sort(latenciesNanos);
    return new LatencyStats(
        scenario,
        latenciesNanos.length,
        errors,
        elapsed,
        millis(percentile(latenciesNanos, 50)),
        millis(percentile(latenciesNanos, 90)),
        millis(percentile(latenciesNanos, 99)),
        millis(latenciesNanos.length == 0 ? 0 : latenciesNanos[latenciesNanos.length - 1]));
  }

  /** Requests per second over the measured interval. */
  public double throughput() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? 0 : requests / seconds;
  }

  /** The nearest-rank percentile of sorted samples; 0 for none. */
  static long percentile(long[] sorted, double percent) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}
