package io.vitrina.order.report.domain;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What a sales report covers: the orders whose payment was captured from the first moment of {@code
 * from} to the last moment of {@code to} (both UTC days, inclusive), grouped by {@code groupBy}.
 * Stored as canonical JSON, so that two requests for the same thing have the same parameters.
 */
public record SalesParameters(LocalDate from, LocalDate to, SalesGrouping groupBy) {

  /** The longest period one report covers, in days: a leap year. */
  public static final int MAX_DAYS = 366;

  public SalesParameters {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(groupBy, "groupBy");
  }

  /** How many days the period covers, both ends included; 0 or less when {@code to < from}. */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** The first instant of the period, as UTC wall time (how the orders table stores instants). */
  public LocalDateTime start() {
    return from.atStartOfDay();
  }

  /** The first instant after the period, as UTC wall time. */
  public LocalDateTime end() {
    return to.plusDays(1).atStartOfDay();
  }

  /** The canonical JSON: keys in a fixed order. */
  public String toJson() {
    return Json.createObjectBuilder()
        .add("from", from.toString())
        .add("groupBy", groupBy.wireName())
        .add("to", to.toString())
        .build()
        .toString();
  }

  /**
   * The parameters stored as {@link #toJson()}.
   *
   * @throws IllegalArgumentException when the text is not such parameters
   */
  public static SalesParameters fromJson(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      JsonObject json = reader.readObject();
      return new SalesParameters(
          LocalDate.parse(json.getString("from")),
          LocalDate.parse(json.getString("to")),
          SalesGrouping.fromWireName(json.getString("groupBy")).orElseThrow());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Not sales report parameters: " + text, e);
    }
  }
}
