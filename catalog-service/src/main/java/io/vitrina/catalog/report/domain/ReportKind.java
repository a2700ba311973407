package io.vitrina.catalog.report.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a report is about; its name is what the database, the queue and the API carry. */
public enum ReportKind {
  /** Stock per product: on hand, reserved, available and the low-stock flag. */
  INVENTORY("inventory");

  private final String wireName;

  ReportKind(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<ReportKind> fromWireName(String name) {
    return Arrays.stream(values()).filter(kind -> kind.wireName.equals(name)).findFirst();
  }
}
