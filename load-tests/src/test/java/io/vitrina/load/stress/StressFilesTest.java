package io.vitrina.load.stress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StressFilesTest {

  @TempDir Path directory;

  @Test
  void anEventSurvivesItsCsvLine() {
    StressEvent event = new StressEvent("mix", "order: checkout", 1_700_000_000_123L, 412, false);

    StressEvent read = StressEvent.parse(event.csv());

    assertEquals(event, read);
    assertEquals("order", read.service());
  }

  @Test
  void aLineWithTheWrongNumberOfFieldsIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> StressEvent.parse("mix,catalog: x,1,2"));
  }

  @Test
  void levelsFollowThePhaseStart() {
    StressPhase phase = new StressPhase("mix", 10_000, Duration.ofSeconds(20), 5, 6);

    assertEquals(0, phase.levelAt(9_999));
    assertEquals(1, phase.levelAt(10_000));
    assertEquals(1, phase.levelAt(29_999));
    assertEquals(2, phase.levelAt(30_000));
    assertEquals(5, phase.levelAt(109_999));
    assertEquals(6, phase.levelAt(110_000));
    assertEquals(6, phase.levelAt(10_000_000));
    assertEquals(18.0, phase.offered(3), 1e-9);
  }

  @Test
  void recordedRunsAreReadBackAndSummarised() throws Exception {
    Recorder recorder = new Recorder();
    StressPhase planned = new StressPhase("mix", 0, Duration.ofSeconds(1), 2, 4);
    StressPhase notRun = new StressPhase("ceiling-last", 0, Duration.ofSeconds(1), 2, 4);
    recorder.phaseStarted("mix", 5_000);
    recorder.phaseStarted("mix", 6_000);
    recorder.record(new StressEvent("mix", "catalog: product", 5_100, 12, true));
    recorder.record(new StressEvent("mix", "catalog: product", 6_100, 30, true));
    recorder.write(directory, List.of(planned, notRun));
    new JdbcCeiling(8, 812.5, 7.25, 31.0, 0).write(directory.resolve(JdbcCeiling.FILE));

    assertEquals(
        List.of(planned.startingAt(5_000)), StressPhase.read(directory.resolve(StressPhase.FILE)));
    assertEquals(
        new JdbcCeiling(8, 812.5, 7.25, 31.0, 0),
        JdbcCeiling.read(directory.resolve(JdbcCeiling.FILE)));

    StressSummary.main(new String[] {directory.toString()});

    String summary = Files.readString(directory.resolve("summary.md"), StandardCharsets.UTF_8);
    assertTrue(summary.contains("| catalog | 1.0 | 1 (4) | 12 | 12 | 0 | — |"), summary);
    assertTrue(summary.contains("| 2 | 8 | 0.0 (0) | 1.0 (30) |"), summary);
  }

  @Test
  void aRunThatRecordedNothingFailsTheSummary() {
    assertThrows(
        IllegalStateException.class, () -> StressSummary.main(new String[] {directory.toString()}));
  }

  @Test
  void theNewestGatlingReportIsNamed() throws Exception {
    Files.createDirectories(directory.resolve("stresssimulation-20261129120000000"));
    Files.writeString(
        directory.resolve("stresssimulation-20261129120000000/index.html"), "<html/>");
    Files.createDirectories(directory.resolve("stresssimulation-20261129130000000"));
    Files.writeString(
        directory.resolve("stresssimulation-20261129130000000/index.html"), "<html/>");

    assertEquals(
        directory.resolve("stresssimulation-20261129130000000/index.html"),
        StressSummary.latestReport(directory).orElseThrow());
  }
}
