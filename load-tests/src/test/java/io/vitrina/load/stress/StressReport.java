package io.vitrina.load.stress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The stress run in numbers: for every phase, level and service the responses per second (counted
 * by when they came back, so a saturated service shows as a plateau, not as the offered rate) and
 * their latency; each service's peak in the mix next to the bare Liberty endpoint's peak, and the
 * checkouts' peak next to the JDBC commit loop's rate.
 */
final class StressReport {

  /** The services of the mix, in the order the summary lists them. */
  static final List<String> SERVICES = List.of("user", "catalog", "order", "support");

  static final String CEILING = "ceiling";
  static final String CHECKOUT = "order: checkout";

  private final List<StressPhase> phases;
  private final List<StressEvent> events;
  private final Optional<JdbcCeiling> jdbc;

  StressReport(List<StressPhase> phases, List<StressEvent> events, Optional<JdbcCeiling> jdbc) {
    this.phases = List.copyOf(phases);
    this.events = List.copyOf(events);
    this.jdbc = jdbc;
  }

  /**
   * What a set of responses in one level of one phase came to.
   *
   * @param level 1-based
   * @param offered users per second arriving during the level
   * @param perSecond responses that passed their checks, per second of the level
   */
  record Window(
      int level, double offered, long ok, long failed, double perSecond, long p50, long p99) {}

  /**
   * Level by level, the responses of one phase whose request matches.
   *
   * @param service a service name, or a request name when {@code byRequest}
   */
  List<Window> levels(String phaseName, String service, boolean byRequest) {
    Optional<StressPhase> found = phase(phaseName);
    if (found.isEmpty()) {
      return List.of();
    }
    StressPhase phase = found.get();
    List<List<StressEvent>> perLevel = new ArrayList<>();
    for (int i = 0; i < phase.levels(); i++) {
      perLevel.add(new ArrayList<>());
    }
    for (StressEvent event : events) {
      if (!event.phase().equals(phaseName)
          || !(byRequest ? event.request().equals(service) : event.service().equals(service))) {
        continue;
      }
      int level = phase.levelAt(event.endMillis());
      if (level >= 1 && level <= phase.levels()) {
        perLevel.get(level - 1).add(event);
      }
    }
    double seconds = phase.level().toMillis() / 1000.0;
    List<Window> windows = new ArrayList<>();
    for (int i = 0; i < phase.levels(); i++) {
      List<StressEvent> in = perLevel.get(i);
      long ok = in.stream().filter(StressEvent::ok).count();
      long[] latencies =
          in.stream().filter(StressEvent::ok).mapToLong(StressEvent::latencyMillis).toArray();
      Arrays.sort(latencies);
      windows.add(
          new Window(
              i + 1,
              phase.offered(i + 1),
              ok,
              in.size() - ok,
              ok / seconds,
              percentile(latencies, 50),
              percentile(latencies, 99)));
    }
    return windows;
  }

  /** The level with the most responses per second; empty when nothing came back. */
  Optional<Window> peak(String phaseName, String service, boolean byRequest) {
    return levels(phaseName, service, byRequest).stream()
        .filter(w -> w.ok() > 0)
        .max((a, b) -> Double.compare(a.perSecond(), b.perSecond()));
  }

  /** The HTTP ceiling: the mean of its peaks before and after the mix (either alone if one ran). */
  Optional<Double> ceiling() {
    List<Double> peaks = new ArrayList<>();
    peak(StressSimulation.CEILING_FIRST, CEILING, false).ifPresent(w -> peaks.add(w.perSecond()));
    peak(StressSimulation.CEILING_LAST, CEILING, false).ifPresent(w -> peaks.add(w.perSecond()));
    return peaks.isEmpty()
        ? Optional.empty()
        : Optional.of(peaks.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
  }

  String markdown(String runDate) {
    StringBuilder md = new StringBuilder();
    md.append("# Stress run ").append(runDate).append("\n\n");
    Optional<StressPhase> mix = phase(StressSimulation.MIX);
    Optional<StressPhase> first = phase(StressSimulation.CEILING_FIRST);
    first.ifPresent(
        p ->
            md.append(
                format(
                    "Open model, %d levels of %d s per phase; the ceiling phases add %s users/s per"
                        + " level",
                    p.levels(), p.level().toSeconds(), number(p.ratePerLevel()))));
    mix.ifPresent(
        p ->
            md.append(
                format(
                    ", the mix %s users/s per level (80%% browsers, 12%% buyers, 8%% support"
                        + " conversations)",
                    number(p.ratePerLevel()))));
    md.append(
        ". Responses per second are counted by when they came back, per level; latencies are of"
            + " the responses that passed their checks.\n\n");

    md.append("## Ceilings\n\n");
    md.append("| ceiling | peak per second | at level (users/s offered) | p50 ms | p99 ms |\n");
    md.append("|---|---:|---:|---:|---:|\n");
    ceilingRow(md, "bare Liberty JSON endpoint, first", StressSimulation.CEILING_FIRST);
    ceilingRow(md, "bare Liberty JSON endpoint, last", StressSimulation.CEILING_LAST);
    Optional<Double> ceiling = ceiling();
    ceiling.ifPresent(
        c -> md.append(format("| bare Liberty JSON endpoint, mean | %.0f | | | |\n", c)));
    jdbc.ifPresent(
        j ->
            md.append(
                format(
                    "| plain JDBC insert-and-commit loop (commits, %d closed-loop clients%s) | %.0f |"
                        + " — | %.2f | %.2f |\n",
                    j.clients(),
                    j.errors() == 0 ? "" : ", " + j.errors() + " errors",
                    j.commitsPerSecond(),
                    j.p50Millis(),
                    j.p99Millis())));

    md.append("\n## Each service at its peak in the mix\n\n");
    md.append(
        "| service | peak responses/s | at level (users/s offered) | p50 ms | p99 ms | failed in the"
            + " phase | of its ceiling |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (String service : SERVICES) {
      Optional<Window> peak = peak(StressSimulation.MIX, service, false);
      long failed = failed(StressSimulation.MIX, service, false);
      if (peak.isEmpty()) {
        md.append(format("| %s | none | | | | %d | |\n", service, failed));
        continue;
      }
      Window w = peak.get();
      md.append(
          format(
              "| %s | %.1f | %d (%s) | %d | %d | %d | %s |\n",
              service,
              w.perSecond(),
              w.level(),
              number(w.offered()),
              w.p50(),
              w.p99(),
              failed,
              ceiling.map(c -> ratio(w.perSecond() / c) + " of the HTTP ceiling").orElse("—")));
    }
    Optional<Window> checkouts = peak(StressSimulation.MIX, CHECKOUT, true);
    if (checkouts.isPresent()) {
      Window w = checkouts.get();
      md.append(
          format(
              "| checkouts (`POST /api/orders`) | %.2f | %d (%s) | %d | %d | %d | %s |\n",
              w.perSecond(),
              w.level(),
              number(w.offered()),
              w.p50(),
              w.p99(),
              failed(StressSimulation.MIX, CHECKOUT, true),
              jdbc.map(j -> ratio(w.perSecond() / j.commitsPerSecond()) + " of the JDBC loop")
                  .orElse("—")));
    }

    mix.ifPresent(
        p -> {
          md.append("\n## The mix, level by level\n\n");
          md.append("responses/s (p99 ms) per service; failed responses in the level\n\n");
          md.append("| level | users/s offered |");
          SERVICES.forEach(s -> md.append(' ').append(s).append(" |"));
          md.append(" failed |\n|---:|---:|");
          SERVICES.forEach(s -> md.append("---:|"));
          md.append("---:|\n");
          Map<String, List<Window>> byService = new TreeMap<>();
          SERVICES.forEach(s -> byService.put(s, levels(StressSimulation.MIX, s, false)));
          for (int i = 0; i < p.levels(); i++) {
            md.append(format("| %d | %s |", i + 1, number(p.offered(i + 1))));
            long failed = 0;
            for (String service : SERVICES) {
              Window w = byService.get(service).get(i);
              md.append(format(" %.1f (%d) |", w.perSecond(), w.p99()));
              failed += w.failed();
            }
            md.append(format(" %d |\n", failed));
          }
        });

    md.append("\n## Requests of the mix, whole phase\n\n");
    md.append("| request | ok | failed | p50 ms | p99 ms |\n|---|---:|---:|---:|---:|\n");
    Map<String, List<StressEvent>> byRequest = new TreeMap<>();
    for (StressEvent event : events) {
      if (event.phase().equals(StressSimulation.MIX)) {
        byRequest.computeIfAbsent(event.request(), r -> new ArrayList<>()).add(event);
      }
    }
    byRequest.forEach(
        (request, list) -> {
          long[] latencies =
              list.stream().filter(StressEvent::ok).mapToLong(StressEvent::latencyMillis).toArray();
          Arrays.sort(latencies);
          md.append(
              format(
                  "| %s | %d | %d | %d | %d |\n",
                  request,
                  latencies.length,
                  list.size() - latencies.length,
                  percentile(latencies, 50),
                  percentile(latencies, 99)));
        });
    return md.toString();
  }

  private void ceilingRow(StringBuilder md, String label, String phaseName) {
    peak(phaseName, CEILING, false)
        .ifPresent(
            w ->
                md.append(
                    format(
                        "| %s | %.0f | %d (%s) | %d | %d |\n",
                        label, w.perSecond(), w.level(), number(w.offered()), w.p50(), w.p99())));
  }

  private long failed(String phaseName, String name, boolean byRequest) {
    return events.stream()
        .filter(e -> e.phase().equals(phaseName) && !e.ok())
        .filter(e -> byRequest ? e.request().equals(name) : e.service().equals(name))
        .count();
  }

  private Optional<StressPhase> phase(String name) {
    return phases.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** Nearest-rank percentile of sorted values; 0 for none. */
  static long percentile(long[] sorted, double percent) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static String ratio(double value) {
    return value >= 0.1 ? format("%.2f", value) : format("%.3f", value);
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : format("%.2f", value);
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
