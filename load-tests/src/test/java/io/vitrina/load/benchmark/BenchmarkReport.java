package io.vitrina.load.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The benchmark's Markdown report: one row per scenario, each next to the ceiling. */
final class BenchmarkReport {
  private BenchmarkReport() {}

  static String markdown(
      List<LatencyStats> results,
      int clients,
      Duration warmUp,
      Duration measured,
      int products,
      Instant finished) {
    double ceiling =
        results.stream()
            .filter(r -> r.scenario().startsWith("ceiling"))
            .mapToDouble(LatencyStats::throughput)
            .average()
            .orElse(0);
    StringBuilder out = new StringBuilder();
    out.append("# Benchmark: the services next to their ceilings\n\n");
    out.append(
        String.format(
            Locale.ROOT,
            "Finished %s on %d cores, Java %s (%s). %d closed-loop clients, %ds warm-up and %ds"
                + " measured per scenario, %d products seeded. Load generator and servers share"
                + " the machine.%n%n",
            finished,
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version"),
            System.getProperty("os.name") + " " + System.getProperty("os.arch"),
            clients,
            warmUp.toSeconds(),
            measured.toSeconds(),
            products));
    out.append(
        "| scenario | requests/s | of ceiling | p50 ms | p90 ms | p99 ms | max ms | errors |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (LatencyStats r : results) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %.0f | %s | %.2f | %.2f | %.2f | %.1f | %d |%n",
              r.scenario(),
              r.throughput(),
              r.errors() > 0
                  ? "not valid: errors"
                  : ceiling > 0
                      ? String.format(Locale.ROOT, "%.2f", r.throughput() / ceiling)
                      : "-",
              r.p50Millis(),
              r.p90Millis(),
              r.p99Millis(),
              r.maxMillis(),
              r.errors()));
    }
    out.append(
        "\nThe ceiling serialises a product-shaped document with Jakarta REST and JSON-B on the"
            + " same Liberty runtime, with no database, security or messaging: \"of ceiling\" is"
            + " the scenario's rate divided by the mean of the two ceiling runs.\n");
    return out.toString();
  }
}
