package io.vitrina.order.report.domain;

import java.util.Arrays;
import java.util.Optional;

/** What one row of a sales report stands for; its name is what the API and the parameters carry. */
public enum SalesGrouping {
  /** One row per UTC day the payments were captured on, and currency. */
  DAY("day"),
  /** One row per product sold, and currency. */
  PRODUCT("product"),
  /** One row per catalog category of the products sold, and currency. */
  CATEGORY("category");

  private final String wireName;

  SalesGrouping(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<SalesGrouping> fromWireName(String name) {
    return Arrays.stream(values()).filter(g -> g.wireName.equals(name)).findFirst();
  }
}
