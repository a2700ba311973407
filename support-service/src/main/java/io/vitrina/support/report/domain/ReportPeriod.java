package io.vitrina.support.report.domain;

import io.vitrina.platform.problem.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What a support report covers: the tickets opened from the first moment of {@code from} to the
 * last moment of {@code to} (both UTC days, inclusive). Stored as canonical JSON, so that two
 * requests for the same thing have the same parameters.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

  /** The longest period one report covers, in days: a leap year. */
  public static final int MAX_DAYS = 366;

  public ReportPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /** How many days the period covers, both ends included; 0 or less when {@code to < from}. */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** The first instant of the period, as UTC wall time (how the tickets table stores instants). */
  public LocalDateTime start() {
    return from.atStartOfDay();
  }

  /** The first instant after the period, as UTC wall time. */
  public LocalDateTime end() {
    return to.plusDays(1).atStartOfDay();
  }

  /**
   * Refuses a period that ends before it starts or is longer than {@link #MAX_DAYS}.
   *
   * @throws InvalidInputException naming {@code to}
   */
  public void check() {
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", "must not be before from");
    }
    if (days() > MAX_DAYS) {
      throw new InvalidInputException(
          "to",
          "must be at most "
              + MAX_DAYS
              + " days from from, both days included: request longer periods in parts");
    }
  }

  /** The canonical JSON: keys in a fixed order. */
  public String toJson() {
    return Json.createObjectBuilder()
        .add("from", from.toString())
        .add("to", to.toString())
        .build()
        .toString();
  }

  /**
   * The parameters stored as {@link #toJson()}.
   *
   * @throws IllegalArgumentException when the text is not such parameters
   */
  public static ReportPeriod fromJson(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      JsonObject json = reader.readObject();
      return new ReportPeriod(
          LocalDate.parse(json.getString("from")), LocalDate.parse(json.getString("to")));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Not support report parameters: " + text, e);
    }
  }
}
