package io.vitrina.platform.report;

import io.vitrina.platform.problem.ProblemDetail;
import io.vitrina.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;

/** 409: the report's content was asked for before the report was DONE, or of a FAILED one. */
public class ReportNotReadyException extends ProblemException {

  private static final long serialVersionUID = 1L;

  /** Seconds a client waits before it asks again about a pending report. */
  public static final int RETRY_AFTER_SECONDS = 2;

  public ReportNotReadyException(Report report) {
    super(
        409,
        ProblemDetail.type("report-not-ready"),
        "Report not ready",
        detail(report),
        List.of(),
        report.status().isPending()
            ? Map.of("Retry-After", String.valueOf(RETRY_AFTER_SECONDS))
            : Map.of());
  }

  private static String detail(Report report) {
    if (report.status().isPending()) {
      return "Report "
          + report.id()
          + " is "
          + report.status()
          + "; its content can be downloaded once its status is DONE.";
    }
    return "Report "
        + report.id()
        + " failed and has no content: "
        + report.failureReason()
        + " Request a new one.";
  }
}
