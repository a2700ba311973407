package io.vitrina.support.report.domain;

import java.time.Duration;
import java.util.Arrays;

/**
 * The average, median and 90th percentile of a set of durations, in whole seconds. The average and
 * an even count's median (the mean of the two middle values) are rounded half up; the percentile is
 * by nearest rank (the smallest value that at least 90% of the values do not exceed), so it is
 * always one of the durations. Keeps one {@code long} per duration.
 */
public final class DurationStats {

  private long[] seconds = new long[16];
  private int count;

  public void add(Duration duration) {
    if (count == seconds.length) {
      seconds = Arrays.copyOf(seconds, count * 2);
    }
    seconds[count++] = duration.toSeconds();
  }

  public int count() {
    return count;
  }

  /** The average, or null when there are no durations. */
  public Long average() {
    if (count == 0) {
      return null;
    }
    long sum = 0;
    for (int i = 0; i < count; i++) {
      sum += seconds[i];
    }
    return Math.floorDiv(2 * sum + count, 2L * count);
  }

  /** The median, or null when there are no durations. */
  public Long median() {
    if (count == 0) {
      return null;
    }
    long[] sorted = sorted();
    int middle = count / 2;
    return count % 2 == 1
        ? sorted[middle]
        : Math.floorDiv(sorted[middle - 1] + sorted[middle] + 1, 2L);
  }

  /** The 90th percentile by nearest rank, or null when there are no durations. */
  public Long p90() {
    if (count == 0) {
      return null;
    }
    // ceil(0.9 * count) in integers, free of floating-point error.
    int rank = (9 * count + 9) / 10;
    return sorted()[rank - 1];
  }

  private long[] sorted() {
    long[] sorted = Arrays.copyOf(seconds, count);
    Arrays.sort(sorted);
    return sorted;
  }
}
