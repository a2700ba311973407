package io.vitrina.platform.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * One requested report and its state machine (see {@link ReportStatus}). The transitions are the
 * only way its state changes, and each refuses a step that is not allowed, so a redelivered or late
 * message cannot take a finished report back. Never serialised to a client.
 */
@Entity
@Table(name = "reports")
@NamedQuery(
    name = "Report.pendingByKey",
    query = "SELECT r FROM Report r WHERE r.pendingKey = :pendingKey")
@NamedQuery(
    name = "Report.requestedBefore",
    query = "SELECT r.id FROM Report r WHERE r.requestedAt < :before ORDER BY r.requestedAt")
@NamedQuery(
    name = "Report.stale",
    query =
        "SELECT r.id FROM Report r WHERE r.status IN :statuses AND r.requestedAt < :before"
            + " ORDER BY r.requestedAt")
public class Report {

  /** The longest failure reason kept: a summary, never a stack trace. */
  public static final int MAX_REASON = 500;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  /** The {@link ReportBuilder#kind() kind's} name. */
  @Column(name = "kind", length = 32, nullable = false)
  private String kind;

  /** The kind's parameters as canonical JSON, as its {@link ReportBuilder} reads them. */
  @Column(name = "parameters", length = 2000, nullable = false)
  private String parameters;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private ReportStatus status;

  /** The subject (user id) of who asked for it: the one who may read it, besides admins. */
  @Column(name = "requested_by", length = 255, nullable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "row_count")
  private Long rows;

  @Column(name = "content_bytes")
  private Long contentBytes;

  @Column(name = "chunk_count")
  private Integer chunkCount;

  @Column(name = "file_name", length = 100)
  private String fileName;

  @Column(name = "failure_reason", length = MAX_REASON)
  private String failureReason;

  @Column(name = "pending_key", length = 64)
  private String pendingKey;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Report() {}

  /** A new report waiting for a worker. */
  public static Report queue(String kind, String parameters, String requestedBy, Instant now) {
    Report report = new Report();
    report.id = UUID.randomUUID().toString();
    report.kind = Objects.requireNonNull(kind);
    report.parameters = Objects.requireNonNull(parameters);
    report.requestedBy = Objects.requireNonNull(requestedBy);
    report.requestedAt = now;
    report.status = ReportStatus.QUEUED;
    report.pendingKey = pendingKey(kind, parameters, requestedBy);
    return report;
  }

  /**
   * What identical requests share while one of them is pending: a digest of who asked for which
   * kind with which parameters.
   */
  public static String pendingKey(String kind, String parameters, String requestedBy) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      String identity = requestedBy + '\n' + kind + '\n' + parameters;
      return HexFormat.of().formatHex(sha256.digest(identity.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /**
   * A worker takes the report on: QUEUED (or RUNNING, when an earlier worker died before it could
   * record anything) becomes RUNNING.
   *
   * @return false when the report is already DONE or FAILED: there is nothing to build
   */
  public boolean start(Instant now) {
    if (!status.isPending()) {
      return false;
    }
    status = ReportStatus.RUNNING;
    startedAt = now;
    attempts++;
    failureReason = null;
    return true;
  }

  /** The build succeeded: the content is stored in {@code chunks} chunks. */
  public void complete(long rowCount, long bytes, int chunks, String name, Instant now) {
    require(ReportStatus.RUNNING, "complete");
    status = ReportStatus.DONE;
    rows = rowCount;
    contentBytes = bytes;
    chunkCount = chunks;
    fileName = name;
    finishedAt = now;
    pendingKey = null;
  }

  /** The build failed but will be tried again: back to QUEUED, keeping why. */
  public void retryLater(String reason) {
    require(ReportStatus.RUNNING, "retry");
    status = ReportStatus.QUEUED;
    failureReason = truncate(reason);
  }

  /**
   * The report will not be built: after its last attempt, or abandoned. A finished report stays as
   * it is.
   *
   * @return false when it had already finished
   */
  public boolean fail(String reason, Instant now) {
    if (!status.isPending()) {
      return false;
    }
    status = ReportStatus.FAILED;
    failureReason = truncate(reason);
    finishedAt = now;
    pendingKey = null;
    return true;
  }

  /** Whether its content can be downloaded. */
  public boolean isDone() {
    return status == ReportStatus.DONE;
  }

  /** Whether {@code subject} asked for it. */
  public boolean isRequestedBy(String subject) {
    return requestedBy.equals(subject);
  }

  private void require(ReportStatus expected, String step) {
    if (status != expected) {
      throw new IllegalStateException(
          "Report " + id + " cannot " + step + " from " + status + ", only from " + expected);
    }
  }

  private static String truncate(String reason) {
    String text = reason == null || reason.isBlank() ? "unknown" : reason.strip();
    return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON - 1) + "…";
  }

  public String id() {
    return id;
  }

  public String kind() {
    return kind;
  }

  public String parameters() {
    return parameters;
  }

  public ReportStatus status() {
    return status;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public int attempts() {
    return attempts;
  }

  public Long rows() {
    return rows;
  }

  public Long contentBytes() {
    return contentBytes;
  }

  public Integer chunkCount() {
    return chunkCount;
  }

  public String fileName() {
    return fileName;
  }

  public String failureReason() {
    return failureReason;
  }

  public String pendingKey() {
    return pendingKey;
  }
}
