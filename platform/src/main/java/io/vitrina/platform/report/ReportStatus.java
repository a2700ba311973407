package io.vitrina.platform.report;

/**
 * Where a report is in its life: QUEUED → RUNNING → DONE or FAILED. A build that fails before the
 * last delivery of its message goes back to QUEUED and is tried again; DONE and FAILED are final.
 */
public enum ReportStatus {
  /** Requested; its message waits on the queue. */
  QUEUED,
  /** A worker is building it. */
  RUNNING,
  /** Built; the content can be downloaded. Final. */
  DONE,
  /** Could not be built, after every attempt. Final. */
  FAILED;

  /** Whether a worker still has to build it. */
  public boolean isPending() {
    return this == QUEUED || this == RUNNING;
  }
}
