package io.vitrina.load.stress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes {@code summary.md} next to Gatling's report from what the stress run recorded, prints it
 * and says where Gatling's HTML report is. Fails when the run recorded nothing (it broke before or
 * during the ramp), so that a broken run does not pass for a measured one.
 */
public final class StressSummary {

  private StressSummary() {}

  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args.length > 0 ? args[0] : "target/gatling");
    Path phasesFile = directory.resolve(StressPhase.FILE);
    Path eventsFile = directory.resolve(StressEvent.FILE);
    if (!Files.isRegularFile(phasesFile) || !Files.isRegularFile(eventsFile)) {
      throw new IllegalStateException(
          "The stress run recorded nothing in " + directory + ": see Gatling's output above");
    }
    List<StressEvent> events = new ArrayList<>();
    try (Stream<String> lines = Files.lines(eventsFile, StandardCharsets.UTF_8)) {
      lines
          .filter(line -> !line.isBlank() && !line.equals(StressEvent.HEADER))
          .map(StressEvent::parse)
          .forEach(events::add);
    }
    Path jdbcFile = directory.resolve(JdbcCeiling.FILE);
    Optional<JdbcCeiling> jdbc =
        Files.isRegularFile(jdbcFile) ? Optional.of(JdbcCeiling.read(jdbcFile)) : Optional.empty();
    StressReport report = new StressReport(StressPhase.read(phasesFile), events, jdbc);
    String date =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC)
            .format(Instant.ofEpochMilli(Files.getLastModifiedTime(eventsFile).toMillis()));
    String markdown = report.markdown(date);
    Optional<Path> html = latestReport(directory);
    if (html.isPresent()) {
      markdown += "\nGatling's report: `" + html.get().toAbsolutePath() + "`\n";
    }
    Path summary = directory.resolve("summary.md");
    Files.writeString(summary, markdown, StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(markdown);
    System.out.println("Summary: " + summary.toAbsolutePath());
    html.ifPresent(p -> System.out.println("Gatling's HTML report: " + p.toAbsolutePath()));
  }

  /** The newest run directory's index.html under Gatling's results folder. */
  static Optional<Path> latestReport(Path directory) throws IOException {
    try (Stream<Path> runs = Files.list(directory)) {
      return runs.filter(p -> Files.isRegularFile(p.resolve("index.html")))
          .max(Comparator.comparing(p -> p.getFileName().toString()))
          .map(p -> p.resolve("index.html"));
    }
  }
}
