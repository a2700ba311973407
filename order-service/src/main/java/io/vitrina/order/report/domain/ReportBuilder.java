package io.vitrina.order.report.domain;

import java.io.IOException;

/**
 * Builds one {@link ReportKind kind} of report. A new kind is a new implementation of this
 * interface as a CDI bean; requesting, queueing, storing, retrying, reading and expiring are the
 * same for every kind.
 */
public interface ReportBuilder {

  ReportKind kind();

  /**
   * Checks a request's parameters against the current data before anything is queued.
   *
   * @param parameters the canonical JSON the report will be built from
   * @throws io.vitrina.platform.problem.InvalidInputException when they cannot be built from
   */
  void validate(String parameters);

  /**
   * Writes the report, header first.
   *
   * @return how many data rows it wrote
   */
  long write(String parameters, CsvWriter csv) throws IOException;
}
