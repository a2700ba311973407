package io.vitrina.load.stress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One phase of the stress run: an open-model ramp of {@code levels} steps of {@code level} each,
 * the n-th offering n times {@code ratePerLevel} new users per second.
 *
 * @param name {@code ceiling-first}, {@code mix} or {@code ceiling-last}
 * @param startMillis when its first user arrived, epoch milliseconds (0 while only planned)
 * @param level how long each step lasts
 * @param levels how many steps
 * @param ratePerLevel the arrivals per second each step adds
 */
record StressPhase(String name, long startMillis, Duration level, int levels, double ratePerLevel) {

  static final String FILE = "phases.csv";
  static final String HEADER = "phase,start_ms,level_ms,levels,rate_per_level";

  StressPhase {
    if (levels < 1 || level.isZero() || level.isNegative()) {
      throw new IllegalArgumentException("a phase needs at least one level of some length");
    }
  }

  StressPhase startingAt(long epochMillis) {
    return new StressPhase(name, epochMillis, level, levels, ratePerLevel);
  }

  /** The level (1-based) a moment falls in; 0 before the phase, levels + 1 after its last step. */
  int levelAt(long epochMillis) {
    if (epochMillis < startMillis) {
      return 0;
    }
    long index = (epochMillis - startMillis) / level.toMillis();
    return (int) Math.min(levels + 1L, index + 1);
  }

  /** Users per second that arrive during a level. */
  double offered(int levelNumber) {
    return levelNumber * ratePerLevel;
  }

  static void write(Path file, List<StressPhase> phases) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    for (StressPhase phase : phases) {
      lines.add(
          String.join(
              ",",
              phase.name(),
              Long.toString(phase.startMillis()),
              Long.toString(phase.level().toMillis()),
              Integer.toString(phase.levels()),
              Double.toString(phase.ratePerLevel())));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  static List<StressPhase> read(Path file) throws IOException {
    List<StressPhase> phases = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.equals(HEADER)) {
        continue;
      }
      String[] fields = line.split(",", -1);
      phases.add(
          new StressPhase(
              fields[0],
              Long.parseLong(fields[1]),
              Duration.ofMillis(Long.parseLong(fields[2])),
              Integer.parseInt(fields[3]),
              Double.parseDouble(fields[4])));
    }
    return phases;
  }
}
