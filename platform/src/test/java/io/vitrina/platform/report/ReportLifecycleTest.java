package io.vitrina.platform.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.vitrina.platform.problem.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

/** The lifecycle against a builder of its own: what a service's builder gets and gives back. */
@ExtendWith(MockitoExtension.class)
class ReportLifecycleTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

  /** Rows of a size that spans chunks, or a failure. */
  private static final class Numbers implements ReportBuilder {
    int rows;
    boolean fail;

    @Override
    public String kind() {
      return "numbers";
    }

    @Override
    public void validate(String parameters) {
      if (!parameters.startsWith("{")) {
        throw new InvalidInputException("parameters", "must be an object");
      }
    }

    @Override
    public long write(String parameters, CsvWriter csv) throws IOException {
      if (fail) {
        throw new IOException("disk full");
      }
      csv.row("n", "text");
      for (int i = 0; i < rows; i++) {
        csv.row(i, "=cell " + i);
      }
      return rows;
    }
  }

  @Mock ReportRepository repository;
  @Mock ReportQueue queue;
  @Mock ReportBuilders builders;

  private final Numbers numbers = new Numbers();
  private final ReportLifecycle lifecycle = new ReportLifecycle();
  private final List<ReportChunk> stored = new ArrayList<>();

  @BeforeEach
  void wire() {
    lifecycle.reports = repository;
    lifecycle.queue = queue;
    lifecycle.builders = builders;
    lifecycle.clock = Clock.fixed(NOW, ZoneOffset.UTC);
  }

  private Report running() {
    Report report = Report.queue("numbers", "{}", "owner", NOW);
    report.start(NOW);
    when(repository.findForUpdate(report.id())).thenReturn(Optional.of(report));
    when(builders.of("numbers")).thenReturn(numbers);
    return report;
  }

  @Test
  void shouldStoreTheBuildersCsvInChunksAndCompleteTheReport() {
    Report report = running();
    doAnswer(
            call -> {
              stored.add(call.getArgument(0));
              return null;
            })
        .when(repository)
        .addChunk(any());
    numbers.rows = 100_000;

    Report done = lifecycle.build(report.id());

    assertEquals(ReportStatus.DONE, done.status());
    assertEquals(100_000L, done.rows());
    assertEquals("numbers-20260301T101530Z.csv", done.fileName());
    assertEquals(stored.size(), done.chunkCount());
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    for (int seq = 0; seq < stored.size(); seq++) {
      assertEquals(seq, stored.get(seq).seq());
      content.writeBytes(stored.get(seq).data());
    }
    assertEquals(done.contentBytes(), (long) content.size());
    String csv = content.toString(StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("n,text\r\n0,'=cell 0\r\n1,'=cell 1\r\n"), csv.substring(0, 40));
    assertEquals(100_001, csv.split("\r\n").length);
  }

  @Test
  void shouldLeaveTheReportRunningWhenTheBuilderFails() {
    Report report = running();
    numbers.fail = true;
    assertThrows(UncheckedIOException.class, () -> lifecycle.build(report.id()));
    assertEquals(ReportStatus.RUNNING, report.status());
  }

  @Test
  void shouldQueueNothingWhenTheBuilderRefusesTheParameters() {
    when(builders.of("numbers")).thenReturn(numbers);
    assertThrows(
        InvalidInputException.class, () -> lifecycle.queue("numbers", "not json", "owner"));
    verify(repository, never()).add(any());
    verify(queue, never()).enqueue(any());
  }
}
