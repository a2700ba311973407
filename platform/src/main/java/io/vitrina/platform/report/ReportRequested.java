package io.vitrina.platform.report;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.regex.Pattern;

/**
 * The body of a report request on the queue: {@code {"reportId": "...", "kind": "inventory"}}. The
 * report row holds everything else; the message only says which one to build.
 */
public record ReportRequested(String reportId, String kind) {

  static final String TYPE = "report.requested";
  static final String REPORT_ID = "reportId";
  static final String KIND = "kind";

  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  static ReportRequested of(String reportId, String kind) {
    return new ReportRequested(reportId, kind);
  }

  String toJson() {
    return Json.createObjectBuilder().add(REPORT_ID, reportId).add(KIND, kind).build().toString();
  }

  /**
   * Reads a message body.
   *
   * @throws IllegalArgumentException when it is not a report request: a poison message
   */
  static ReportRequested fromJson(String text) {
    if (text == null) {
      throw new IllegalArgumentException("A report request without a body");
    }
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      JsonObject json = reader.readObject();
      String id = json.getString(REPORT_ID);
      if (!UUID.matcher(id).matches()) {
        throw new IllegalArgumentException("Not a report id: " + id);
      }
      return new ReportRequested(id, json.getString(KIND, null));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Not a report request", e);
    }
  }
}
