package io.vitrina.order.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vitrina.platform.report.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sales report over pages of paid orders, against in-memory orders and catalog. */
class SalesReportTest {

  private static final String KNOWN = "00000000-0000-0000-0000-000000000001";
  private static final String GONE = "00000000-0000-0000-0000-000000000002";

  /** Orders in memory, paged exactly as the SQL does: [start, end) by (paid at, id). */
  private static final class InMemoryOrders implements PaidOrders {
    final List<PaidOrder> all = new ArrayList<>();
    int pages;

    @Override
    public List<PaidOrder> page(
        LocalDateTime start, LocalDateTime end, PaidOrder after, int limit) {
      pages++;
      Comparator<PaidOrder> order =
          Comparator.comparing(PaidOrder::paidAt).thenComparing(PaidOrder::id);
      return all.stream()
          .filter(o -> !o.paidAt().isBefore(start) && o.paidAt().isBefore(end))
          .filter(o -> after == null || order.compare(o, after) > 0)
          .sorted(order)
          .limit(limit)
          .toList();
    }
  }

  /** A catalog that knows one product and counts what it is asked. */
  private static final class OneProductCatalog implements ProductCategories {
    final List<String> asked = new ArrayList<>();

    @Override
    public Map<String, Category> categoriesOf(Collection<String> productIds) {
      asked.addAll(productIds);
      return productIds.stream()
          .filter(KNOWN::equals)
          .collect(Collectors.toMap(id -> id, id -> new Category("cat-1", "Kettles")));
    }
  }

  private static PaidOrder order(int n, String product, boolean refunded) {
    return new PaidOrder(
        String.format("order-%05d", n),
        LocalDateTime.parse("2026-04-01T00:00:00").plusMinutes(n),
        "EUR",
        refunded,
        List.of(new PaidOrder.Line(product, "SKU", "Kettle", 1, new BigDecimal("10.0000"))));
  }

  private static String write(SalesReport report, SalesGrouping grouping, String from, String to)
      throws IOException {
    StringWriter out = new StringWriter();
    long rows =
        report.write(
            new SalesParameters(LocalDate.parse(from), LocalDate.parse(to), grouping).toJson(),
            new CsvWriter(out));
    String csv = out.toString();
    assertEquals(rows + 1, csv.split("\r\n").length);
    return csv;
  }

  @Test
  void shouldReadEveryPageAndAskTheCatalogOncePerProduct() throws IOException {
    InMemoryOrders orders = new InMemoryOrders();
    for (int n = 0; n < 2 * SalesReport.PAGE + 1; n++) {
      orders.all.add(order(n, n % 2 == 0 ? KNOWN : GONE, n % 10 == 0));
    }
    OneProductCatalog catalog = new OneProductCatalog();
    SalesReport report = new SalesReport();
    report.orders = orders;
    report.catalog = catalog;

    String csv = write(report, SalesGrouping.CATEGORY, "2026-04-01", "2026-04-01");

    assertEquals(3, orders.pages);
    assertEquals(List.of(KNOWN, GONE), catalog.asked);
    assertEquals(
        "category_id,category,currency,orders,units,revenue,refunded_orders,refunded,net_revenue\r\n"
            + "cat-1,Kettles,EUR,501,501,5010.00,101,1010.00,4000.00\r\n"
            + ",unknown,EUR,500,500,5000.00,0,0.00,5000.00\r\n",
        csv);
  }

  @Test
  void shouldLeaveOutOrdersPaidOutsideThePeriodAndNeverAskTheCatalogByDay() throws IOException {
    InMemoryOrders orders = new InMemoryOrders();
    orders.all.add(
        new PaidOrder(
            "before",
            LocalDateTime.parse("2026-03-31T23:59:59.999999"),
            "EUR",
            false,
            List.of(new PaidOrder.Line(KNOWN, "SKU", "Kettle", 1, BigDecimal.ONE))));
    orders.all.add(order(0, KNOWN, false));
    orders.all.add(
        new PaidOrder(
            "after",
            LocalDateTime.parse("2026-04-02T00:00:00"),
            "EUR",
            false,
            List.of(new PaidOrder.Line(KNOWN, "SKU", "Kettle", 1, BigDecimal.ONE))));
    OneProductCatalog catalog = new OneProductCatalog();
    SalesReport report = new SalesReport();
    report.orders = orders;
    report.catalog = catalog;

    assertEquals(
        "day,currency,orders,units,revenue,refunded_orders,refunded,net_revenue\r\n"
            + "2026-04-01,EUR,1,1,10.00,0,0.00,10.00\r\n",
        write(report, SalesGrouping.DAY, "2026-04-01", "2026-04-01"));
    assertEquals(List.of(), catalog.asked);
  }

  @Test
  void shouldWriteOnlyTheHeaderWhenNothingWasPaid() throws IOException {
    SalesReport report = new SalesReport();
    report.orders = new InMemoryOrders();
    report.catalog = new OneProductCatalog();
    assertEquals(
        "product_id,sku,name,currency,orders,units,revenue,refunded_orders,refunded,net_revenue\r\n",
        write(report, SalesGrouping.PRODUCT, "2026-01-01", "2026-12-31"));
  }
}
