package io.vitrina.order.report.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds paid orders up into the rows of a sales report, one row per group (day, product or category)
 * and currency: amounts in different currencies are never added together.
 *
 * <p>Per row: {@code orders} is how many paid orders had at least one line in the group (an order
 * counts once per group, however many of its lines fall in it), {@code units} the quantity sold,
 * {@code revenue} the sum of those line totals; {@code refunded_orders} and {@code refunded} the
 * same for the orders among them that have been refunded since, and {@code net_revenue} the revenue
 * less the refunds. Line totals are goods only: shipping and tax are not revenue of a product or
 * category.
 */
public final class SalesTally {

  /** The category of the products the catalog could not place. */
  public static final String UNKNOWN_CATEGORY = "unknown";

  private static final List<String> FIGURES =
      List.of("orders", "units", "revenue", "refunded_orders", "refunded", "net_revenue");

  private final SalesGrouping grouping;
  private final Map<Key, Row> rows = new HashMap<>();

  public SalesTally(SalesGrouping grouping) {
    this.grouping = grouping;
  }

  private record Key(String group, String currency) {}

  /** One row being added up; the labels are those of the latest order seen. */
  private static final class Row {
    String label;
    String detail;
    long orders;
    long units;
    BigDecimal revenue = BigDecimal.ZERO;
    long refundedOrders;
    BigDecimal refunded = BigDecimal.ZERO;
  }

  /** What one order adds to one group. */
  private static final class Share {
    long units;
    BigDecimal amount = BigDecimal.ZERO;
    String label;
    String detail;
  }

  /** The columns, in order. */
  public List<String> header() {
    List<String> header =
        new ArrayList<>(
            switch (grouping) {
              case DAY -> List.of("day", "currency");
              case PRODUCT -> List.of("product_id", "sku", "name", "currency");
              case CATEGORY -> List.of("category_id", "category", "currency");
            });
    header.addAll(FIGURES);
    return header;
  }

  /**
   * Adds one order.
   *
   * @param categories the categories of its products, when grouping by category; a product missing
   *     here counts under {@link #UNKNOWN_CATEGORY}
   */
  public void add(PaidOrder order, Map<String, ProductCategories.Category> categories) {
    Map<String, Share> shares = new LinkedHashMap<>();
    for (PaidOrder.Line line : order.lines()) {
      Share share = shares.computeIfAbsent(group(order, line, categories), g -> new Share());
      share.units += line.quantity();
      share.amount = share.amount.add(line.lineTotal());
      switch (grouping) {
        case DAY -> share.label = order.paidAt().toLocalDate().toString();
        case PRODUCT -> {
          share.label = line.sku();
          share.detail = line.name();
        }
        case CATEGORY -> {
          ProductCategories.Category category = categories.get(line.productId());
          share.label = category == null ? UNKNOWN_CATEGORY : category.name();
        }
      }
    }
    shares.forEach(
        (group, share) -> {
          Row row = rows.computeIfAbsent(new Key(group, order.currency()), k -> new Row());
          row.label = share.label;
          row.detail = share.detail;
          row.orders++;
          row.units += share.units;
          row.revenue = row.revenue.add(share.amount);
          if (order.refunded()) {
            row.refundedOrders++;
            row.refunded = row.refunded.add(share.amount);
          }
        });
  }

  private String group(
      PaidOrder order, PaidOrder.Line line, Map<String, ProductCategories.Category> categories) {
    return switch (grouping) {
      case DAY -> order.paidAt().toLocalDate().toString();
      case PRODUCT -> line.productId();
      case CATEGORY -> {
        ProductCategories.Category category = categories.get(line.productId());
        yield category == null ? "" : category.id();
      }
    };
  }

  /** How many rows there are so far. */
  public int size() {
    return rows.size();
  }

  /**
   * The rows, in a stable order: by day; by SKU; by category name with {@code unknown} last; then
   * by currency.
   */
  public List<List<Object>> rows() {
    Comparator<Map.Entry<Key, Row>> order =
        switch (grouping) {
          case DAY -> Comparator.comparing(e -> e.getKey().group());
          case PRODUCT ->
              Comparator.<Map.Entry<Key, Row>, String>comparing(e -> e.getValue().label)
                  .thenComparing(e -> e.getKey().group());
          case CATEGORY ->
              Comparator.<Map.Entry<Key, Row>, Boolean>comparing(e -> e.getKey().group().isEmpty())
                  .thenComparing(e -> e.getValue().label, String.CASE_INSENSITIVE_ORDER)
                  .thenComparing(e -> e.getKey().group());
        };
    return rows.entrySet().stream()
        .sorted(order.thenComparing(e -> e.getKey().currency()))
        .map(e -> cells(e.getKey(), e.getValue()))
        .toList();
  }

  private List<Object> cells(Key key, Row row) {
    List<Object> cells = new ArrayList<>();
    switch (grouping) {
      case DAY -> cells.add(key.group());
      case PRODUCT -> {
        cells.add(key.group());
        cells.add(row.label);
        cells.add(row.detail);
      }
      case CATEGORY -> {
        cells.add(key.group().isEmpty() ? null : key.group());
        cells.add(row.label);
      }
    }
    cells.add(key.currency());
    cells.add(row.orders);
    cells.add(row.units);
    cells.add(amount(row.revenue));
    cells.add(row.refundedOrders);
    cells.add(amount(row.refunded));
    cells.add(amount(row.revenue.subtract(row.refunded)));
    return cells;
  }

  /** An amount with as many decimals as it needs, and at least two: 12.50, 0.00, 3.1416. */
  static BigDecimal amount(BigDecimal value) {
    BigDecimal plain = value.stripTrailingZeros();
    return plain.scale() < 2 ? plain.setScale(2) : plain;
  }
}
