package io.vitrina.stack.monitor;

import java.time.Instant;
import java.util.List;

/**
 * One scrape of one service's {@code /metrics}: when, and either the samples or why there are none.
 *
 * @param at when the scrape was answered (or failed)
 * @param samples everything served; empty when the scrape failed
 * @param error why the scrape failed, or null when it succeeded
 */
public record Snapshot(Instant at, List<PrometheusText.Sample> samples, String error) {
  public Snapshot {
    samples = List.copyOf(samples);
  }

  static Snapshot ok(Instant at, List<PrometheusText.Sample> samples) {
    return new Snapshot(at, samples, null);
  }

  static Snapshot failed(Instant at, String error) {
    return new Snapshot(at, List.of(), error);
  }

  boolean up() {
    return error == null;
  }
}
