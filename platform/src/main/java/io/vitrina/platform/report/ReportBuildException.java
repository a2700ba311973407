package io.vitrina.platform.report;

/** A report could not be built this time; thrown so that its message is delivered again. */
public class ReportBuildException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ReportBuildException(String reportId, Throwable cause) {
    super("Report " + reportId + " could not be built", cause);
  }
}
