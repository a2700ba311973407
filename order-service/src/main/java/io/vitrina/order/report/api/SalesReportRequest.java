package io.vitrina.order.report.api;

import io.vitrina.order.report.domain.SalesGrouping;
import io.vitrina.order.report.domain.SalesParameters;
import io.vitrina.platform.problem.InvalidInputException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a sales report covers: the orders paid from the start of {@code from} to the end of {@code
 * to} (UTC days, both included, at most 366 days), grouped by day, product or category.
 */
@Schema(name = "SalesReportRequest")
public record SalesReportRequest(
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
        String to,
    @Schema(
            description = "One row per day, product or category (and currency)",
            enumeration = {"day", "product", "category"},
            required = true)
        @NotNull(message = "is required")
        @Pattern(regexp = "day|product|category", message = "must be day, product or category")
        String groupBy) {

  static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
  static final String DATE_MESSAGE = "must be a date as yyyy-mm-dd";

  SalesParameters toParameters() {
    return new SalesParameters(
        date("from", from), date("to", to), SalesGrouping.fromWireName(groupBy).orElseThrow());
  }

  private static LocalDate date(String field, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "must be a calendar date as yyyy-mm-dd");
    }
  }
}
