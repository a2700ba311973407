package io.vitrina.platform.report;

import java.io.IOException;

/**
 * Builds one kind of report: the service-specific part of reports (SPI). A service adds a kind by
 * implementing this interface as a CDI bean; requesting, queueing, storing, retrying, reading and
 * expiring are the same for every kind and every service.
 */
public interface ReportBuilder {

  /**
   * The kind's name, which the database, the queue, the metrics' tag and the API carry: lower case,
   * at most 32 characters, unique within the service ({@code inventory}, {@code sales}).
   */
  String kind();

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
