package io.vitrina.order.report.domain;

import java.util.Arrays;
import java.util.Optional;

/** What a report is about; its name is what the database, the queue and the API carry. */
public enum ReportKind {
  /** Paid orders, their revenue and refunds per day, product or category. */
  SALES("sales");

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
