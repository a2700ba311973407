package io.vitrina.support.report.api;

import io.vitrina.platform.problem.InvalidInputException;
import io.vitrina.support.report.domain.ReportPeriod;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which support report, over the tickets opened from the start of {@code from} to the end of {@code
 * to} (UTC days, both included, at most 366 days).
 */
@Schema(name = "SupportReportRequest")
public record SupportReportRequest(
    @Schema(
            description =
                "ticket-volume: tickets opened, resolved and unresolved per type;"
                    + " ticket-times-by-type and ticket-times-by-agent: first-response and"
                    + " resolution times (average, median, 90th percentile, in seconds)",
            enumeration = {"ticket-volume", "ticket-times-by-type", "ticket-times-by-agent"},
            required = true)
        @NotNull(message = "is required")
        @Pattern(regexp = KINDS, message = KINDS_MESSAGE)
        String kind,
    @Schema(description = "First UTC day, included", example = "2026-01-01", required = true)
        @NotNull(message = "is required")
        @Pattern(regexp = DATE, message = DATE_MESSAGE)
        String from,
    @Schema(
            description = "Last UTC day, included; at most 366 days from from",
            example = "2026-01-31",
            required = true)
        @NotNull(message = "is required")
        @Pattern(regexp = DATE, message = DATE_MESSAGE)
        String to) {

  static final String KINDS = "ticket-volume|ticket-times-by-type|ticket-times-by-agent";
  static final String KINDS_MESSAGE =
      "must be ticket-volume, ticket-times-by-type or ticket-times-by-agent";
  static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
  static final String DATE_MESSAGE = "must be a date as yyyy-mm-dd";

  /**
   * The period as parameters.
   *
   * @throws InvalidInputException when a date is no calendar date
   */
  ReportPeriod toPeriod() {
    return new ReportPeriod(date("from", from), date("to", to));
  }

  private static LocalDate date(String field, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "must be a calendar date as yyyy-mm-dd");
    }
  }
}
