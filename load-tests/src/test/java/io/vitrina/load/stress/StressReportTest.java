package io.vitrina.load.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StressReportTest {

  private static final long T0 = 1_000_000L;

  private static StressPhase phase(String name, long start) {
    return new StressPhase(name, start, Duration.ofSeconds(10), 3, 100);
  }

  /** {@code count} ok responses of {@code request}, ending evenly spread over one level. */
  private static void responses(
      List<StressEvent> into,
      String phase,
      String request,
      long levelStart,
      int count,
      long latency) {
    for (int i = 0; i < count; i++) {
      into.add(new StressEvent(phase, request, levelStart + i * (10_000L / count), latency, true));
    }
  }

  @Test
  void countsResponsesByTheLevelTheyCameBackIn() {
    List<StressEvent> events = new ArrayList<>();
    responses(events, "mix", "catalog: product", T0, 100, 5);
    responses(events, "mix", "catalog: search", T0 + 10_000, 300, 7);
    // Came back after the last level: the drain, counted in no level.
    responses(events, "mix", "catalog: search", T0 + 30_000, 50, 9);
    // Before the phase began.
    events.add(new StressEvent("mix", "catalog: product", T0 - 1, 1, true));
    StressReport report = new StressReport(List.of(phase("mix", T0)), events, Optional.empty());

    List<StressReport.Window> levels = report.levels("mix", "catalog", false);

    assertEquals(3, levels.size());
    assertEquals(10.0, levels.get(0).perSecond(), 1e-9);
    assertEquals(30.0, levels.get(1).perSecond(), 1e-9);
    assertEquals(0.0, levels.get(2).perSecond(), 1e-9);
    assertEquals(200.0, levels.get(1).offered(), 1e-9);
    assertEquals(7, levels.get(1).p99());
    assertEquals(2, report.peak("mix", "catalog", false).orElseThrow().level());
  }

  @Test
  void failedResponsesAreCountedButNotAsThroughputNorLatency() {
    List<StressEvent> events = new ArrayList<>();
    responses(events, "mix", "order: checkout", T0, 10, 100);
    events.add(new StressEvent("mix", "order: checkout", T0 + 5_000, 60_000, false));
    StressReport report = new StressReport(List.of(phase("mix", T0)), events, Optional.empty());

    StressReport.Window first = report.levels("mix", CHECKOUT, true).get(0);

    assertEquals(10, first.ok());
    assertEquals(1, first.failed());
    assertEquals(1.0, first.perSecond(), 1e-9);
    assertEquals(100, first.p99());
  }

  private static final String CHECKOUT = StressReport.CHECKOUT;

  @Test
  void theHttpCeilingIsTheMeanOfTheFirstAndLastPeaks() {
    List<StressEvent> events = new ArrayList<>();
    long last = T0 + 100_000;
    responses(events, "ceiling-first", "ceiling: product", T0 + 10_000, 4_000, 2);
    responses(events, "ceiling-first", "ceiling: product", T0 + 20_000, 3_000, 9);
    responses(events, "ceiling-last", "ceiling: product", last, 6_000, 3);
    StressReport report =
        new StressReport(
            List.of(phase("ceiling-first", T0), phase("ceiling-last", last)),
            events,
            Optional.empty());

    assertEquals(500.0, report.ceiling().orElseThrow(), 1e-9);
  }

  @Test
  void noCeilingWithoutCeilingResponses() {
    StressReport report = new StressReport(List.of(phase("mix", T0)), List.of(), Optional.empty());

    assertTrue(report.ceiling().isEmpty());
    assertTrue(report.peak("mix", "catalog", false).isEmpty());
  }

  @Test
  void theMarkdownPutsEachServiceNextToItsCeiling() {
    List<StressEvent> events = new ArrayList<>();
    long mix = T0 + 40_000;
    long last = T0 + 80_000;
    responses(events, "ceiling-first", "ceiling: product", T0, 4_000, 2);
    responses(events, "ceiling-last", "ceiling: product", last, 6_000, 3);
    responses(events, "mix", "catalog: product", mix, 1_000, 20);
    responses(events, "mix", "order: checkout", mix + 10_000, 30, 400);
    events.add(new StressEvent("mix", "user: register", mix, 30, false));
    StressReport report =
        new StressReport(
            List.of(phase("ceiling-first", T0), phase("mix", mix), phase("ceiling-last", last)),
            events,
            Optional.of(new JdbcCeiling(8, 300.0, 6.5, 30.25, 0)));

    String markdown = report.markdown("2026-11-29 13:00 UTC");

    assertTrue(markdown.contains("| bare Liberty JSON endpoint, mean | 500 |"), markdown);
    assertTrue(
        markdown.contains("| catalog | 100.0 | 1 (100) | 20 | 20 | 0 | 0.20 of the HTTP ceiling |"),
        markdown);
    assertTrue(
        markdown.contains(
            "| checkouts (`POST /api/orders`) | 3.00 | 2 (200) | 400 | 400 | 0 | 0.010 of the JDBC"
                + " loop |"),
        markdown);
    assertTrue(markdown.contains("| user | none | | | | 1 | |"), markdown);
    assertTrue(
        markdown.contains(
            "| plain JDBC insert-and-commit loop (commits, 8 closed-loop clients) | 300 | — | 6.50"
                + " | 30.25 |"),
        markdown);
    assertTrue(markdown.contains("| user: register | 0 | 1 | 0 | 0 |"), markdown);
    assertFalse(markdown.contains("NaN"), markdown);
  }

  @Test
  void nearestRankPercentiles() {
    long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    assertEquals(5, StressReport.percentile(sorted, 50));
    assertEquals(10, StressReport.percentile(sorted, 99));
    assertEquals(0, StressReport.percentile(new long[0], 50));
  }
}
