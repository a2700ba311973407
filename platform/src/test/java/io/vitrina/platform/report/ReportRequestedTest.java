package io.vitrina.platform.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReportRequestedTest {

  private static final String ID = "0b7f3c1e-8a52-4d0e-9a55-5c2a3e1f6b70";

  @Test
  void shouldReadBackTheMessageItWrites() {
    ReportRequested request = ReportRequested.of(ID, "sales");
    assertEquals(request, ReportRequested.fromJson(request.toJson()));
  }

  @Test
  void shouldTreatAnythingElseAsPoison() {
    assertThrows(IllegalArgumentException.class, () -> ReportRequested.fromJson(null));
    assertThrows(IllegalArgumentException.class, () -> ReportRequested.fromJson("not json"));
    assertThrows(IllegalArgumentException.class, () -> ReportRequested.fromJson("{}"));
    assertThrows(
        IllegalArgumentException.class,
        () -> ReportRequested.fromJson("{\"reportId\":\"../../etc\",\"kind\":\"inventory\"}"));
  }
}
