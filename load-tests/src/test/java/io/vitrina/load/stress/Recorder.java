package io.vitrina.load.stress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the summary needs and Gatling's report does not hand out: every response with the moment it
 * ended, so that throughput can be counted per level of the ramp (by when responses came back, not
 * when their users arrived), and the moment each phase began. Recording is a queue append, cheap
 * enough for Gatling's event loop; the files are written once, after the run.
 */
final class Recorder {

  private final ConcurrentLinkedQueue<StressEvent> events = new ConcurrentLinkedQueue<>();
  private final Map<String, Long> phaseStarts = new ConcurrentHashMap<>();

  /** Marks the phase as begun at the first call; later calls change nothing. */
  void phaseStarted(String phase, long epochMillis) {
    phaseStarts.putIfAbsent(phase, epochMillis);
  }

  void record(StressEvent event) {
    events.add(event);
  }

  /**
   * Writes {@code events.csv} and {@code phases.csv} into {@code directory}.
   *
   * @param phases the phases as planned; each gets the start recorded for it (none: not written)
   */
  void write(Path directory, List<StressPhase> phases) {
    try {
      Files.createDirectories(directory);
      try (Writer out =
          Files.newBufferedWriter(directory.resolve(StressEvent.FILE), StandardCharsets.UTF_8)) {
        out.write(StressEvent.HEADER + "\n");
        for (StressEvent event : events) {
          out.write(event.csv() + "\n");
        }
      }
      List<StressPhase> started = new ArrayList<>();
      for (StressPhase phase : phases) {
        Long start = phaseStarts.get(phase.name());
        if (start != null) {
          started.add(phase.startingAt(start));
        }
      }
      StressPhase.write(directory.resolve(StressPhase.FILE), started);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
