package io.vitrina.platform.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where reports and their content are kept. Implementations join the caller's transaction. */
public interface ReportRepository {

  /** Stores a new report at once, so that a second pending identical one fails here. */
  void add(Report report);

  Optional<Report> find(String id);

  /** The report, locked until the transaction ends: one worker at a time changes it. */
  Optional<Report> findForUpdate(String id);

  /** The pending report with this {@link Report#pendingKey pending key}, if any. */
  Optional<Report> findPending(String pendingKey);

  /** Stores one chunk of content without keeping it in memory. */
  void addChunk(ReportChunk chunk);

  Optional<byte[]> chunk(String reportId, int seq);

  /** Reports requested before a time, oldest first, at most {@code limit}. */
  List<String> requestedBefore(Instant before, int limit);

  /** Reports still QUEUED or RUNNING that were requested before a time, at most {@code limit}. */
  List<String> pendingSince(Instant before, int limit);

  /** Deletes a report with its content; false when it was not there. */
  boolean delete(String id);
}
