package io.vitrina.order.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vitrina.platform.problem.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class SalesParametersTest {

  private static SalesParameters period(String from, String to) {
    return new SalesParameters(LocalDate.parse(from), LocalDate.parse(to), SalesGrouping.PRODUCT);
  }

  @Test
  void shouldStoreCanonicalJsonAndReadItBack() {
    SalesParameters parameters = period("2026-01-01", "2026-01-31");
    assertEquals(
        "{\"from\":\"2026-01-01\",\"groupBy\":\"product\",\"to\":\"2026-01-31\"}",
        parameters.toJson());
    assertEquals(parameters, SalesParameters.fromJson(parameters.toJson()));
  }

  @Test
  void shouldCoverWholeUtcDaysBothIncluded() {
    SalesParameters parameters = period("2026-02-28", "2026-03-01");
    assertEquals(LocalDateTime.parse("2026-02-28T00:00:00"), parameters.start());
    assertEquals(LocalDateTime.parse("2026-03-02T00:00:00"), parameters.end());
    assertEquals(2, parameters.days());
  }

  @Test
  void shouldRefuseUnreadableParameters() {
    assertThrows(IllegalArgumentException.class, () -> SalesParameters.fromJson("not json"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            SalesParameters.fromJson(
                "{\"from\":\"2026-01-01\",\"groupBy\":\"week\",\"to\":\"2026-01-31\"}"));
  }

  @Test
  void shouldAcceptALeapYearAndRefuseOneDayMore() {
    SalesReport report = new SalesReport();
    report.validate(period("2024-01-01", "2024-12-31").toJson());
    report.validate(period("2026-05-05", "2026-05-05").toJson());
    InvalidInputException tooLong =
        assertThrows(
            InvalidInputException.class,
            () -> report.validate(period("2024-01-01", "2025-01-01").toJson()));
    assertEquals("to", tooLong.violations().get(0).field());
    assertThrows(
        InvalidInputException.class,
        () -> report.validate(period("2026-01-02", "2026-01-01").toJson()));
  }
}
