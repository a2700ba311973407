package io.vitrina.platform.report;

import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a report is; absent fields are not known yet. */
@Schema(name = "Report")
public record ReportView(
    String id,
    @Schema(example = "sales") String kind,
    @Schema(enumeration = {"QUEUED", "RUNNING", "DONE", "FAILED"}) String status,
    Instant requestedAt,
    @Schema(description = "When the latest build attempt began") Instant startedAt,
    @Schema(description = "When it became DONE or FAILED") Instant finishedAt,
    @Schema(description = "Data rows, once DONE") Long rows,
    @Schema(description = "Where to download the content, once DONE") String download,
    @Schema(description = "Why the last attempt failed; an error id to quote, not the internals")
        String failureReason) {

  public static ReportView of(Report report, UriBuilder base) {
    return new ReportView(
        report.id(),
        report.kind(),
        report.status().name(),
        report.requestedAt(),
        report.startedAt(),
        report.finishedAt(),
        report.rows(),
        report.isDone()
            ? base.path("reports").path(report.id()).path("content").build().toString()
            : null,
        report.failureReason());
  }
}
