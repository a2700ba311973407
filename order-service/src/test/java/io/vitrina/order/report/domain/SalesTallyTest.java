package io.vitrina.order.report.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SalesTallyTest {

  private static final String KETTLE = "00000000-0000-0000-0000-00000000000a";
  private static final String LAMP = "00000000-0000-0000-0000-00000000000b";
  private static final String MUG = "00000000-0000-0000-0000-00000000000c";

  private static PaidOrder.Line line(String product, String sku, int quantity, String total) {
    return new PaidOrder.Line(product, sku, "Name of " + sku, quantity, new BigDecimal(total));
  }

  private static PaidOrder order(
      String id, String paidAt, String currency, boolean refunded, PaidOrder.Line... lines) {
    return new PaidOrder(id, LocalDateTime.parse(paidAt), currency, refunded, List.of(lines));
  }

  private static final Map<String, ProductCategories.Category> CATEGORIES =
      Map.of(
          KETTLE, new ProductCategories.Category("cat-k", "Kitchen"),
          MUG, new ProductCategories.Category("cat-k", "Kitchen"),
          LAMP, new ProductCategories.Category("cat-l", "Lighting"));

  private static SalesTally tally(SalesGrouping grouping, PaidOrder... orders) {
    SalesTally tally = new SalesTally(grouping);
    for (PaidOrder order : orders) {
      tally.add(order, CATEGORIES);
    }
    return tally;
  }

  private static final PaidOrder FIRST =
      order(
          "o1",
          "2026-03-01T23:59:59.999999",
          "EUR",
          false,
          line(KETTLE, "KET-1", 2, "59.8000"),
          line(MUG, "MUG-1", 1, "7.5000"));
  private static final PaidOrder REFUNDED =
      order("o2", "2026-03-02T00:00:00", "EUR", true, line(KETTLE, "KET-1", 1, "29.9000"));
  private static final PaidOrder IN_DOLLARS =
      order("o3", "2026-03-02T10:00:00", "USD", false, line(LAMP, "LAMP-1", 3, "30.0000"));

  @Test
  void shouldAddUpPerUtcDayAndCurrencyWithRefundsApart() {
    SalesTally tally = tally(SalesGrouping.DAY, IN_DOLLARS, FIRST, REFUNDED);

    assertEquals(
        List.of(
            "day",
            "currency",
            "orders",
            "units",
            "revenue",
            "refunded_orders",
            "refunded",
            "net_revenue"),
        tally.header());
    assertEquals(
        List.of(
            List.of(
                "2026-03-01",
                "EUR",
                1L,
                3L,
                new BigDecimal("67.30"),
                0L,
                amount("0.00"),
                amount("67.30")),
            List.of(
                "2026-03-02", "EUR", 1L, 1L, amount("29.90"), 1L, amount("29.90"), amount("0.00")),
            List.of(
                "2026-03-02", "USD", 1L, 3L, amount("30.00"), 0L, amount("0.00"), amount("30.00"))),
        tally.rows());
  }

  @Test
  void shouldAddUpPerProductBySkuAndCountEachOrderOnce() {
    PaidOrder twiceTheSameProduct =
        order(
            "o4",
            "2026-03-03T08:00:00",
            "EUR",
            false,
            line(KETTLE, "KET-1", 1, "29.9000"),
            line(KETTLE, "KET-1", 1, "29.9000"));
    SalesTally tally = tally(SalesGrouping.PRODUCT, FIRST, REFUNDED, twiceTheSameProduct);

    assertEquals(
        List.of(
            List.of(
                KETTLE,
                "KET-1",
                "Name of KET-1",
                "EUR",
                3L,
                5L,
                amount("149.50"),
                1L,
                amount("29.90"),
                amount("119.60")),
            List.of(
                MUG,
                "MUG-1",
                "Name of MUG-1",
                "EUR",
                1L,
                1L,
                amount("7.50"),
                0L,
                amount("0.00"),
                amount("7.50"))),
        tally.rows());
    assertEquals("product_id", tally.header().get(0));
  }

  @Test
  void shouldAddUpPerCategoryAndPutUnplacedProductsUnderUnknownLast() {
    String unplaced = "00000000-0000-0000-0000-00000000000d";
    PaidOrder withUnknown =
        order("o5", "2026-03-04T08:00:00", "EUR", false, line(unplaced, "GONE-1", 4, "4.0000"));
    SalesTally tally = tally(SalesGrouping.CATEGORY, FIRST, REFUNDED, IN_DOLLARS, withUnknown);

    assertEquals(
        List.of(
            List.of(
                "cat-k",
                "Kitchen",
                "EUR",
                2L,
                4L,
                amount("97.20"),
                1L,
                amount("29.90"),
                amount("67.30")),
            List.of(
                "cat-l",
                "Lighting",
                "USD",
                1L,
                3L,
                amount("30.00"),
                0L,
                amount("0.00"),
                amount("30.00")),
            java.util.Arrays.asList(
                null,
                "unknown",
                "EUR",
                1L,
                4L,
                amount("4.00"),
                0L,
                amount("0.00"),
                amount("4.00"))),
        tally.rows());
    assertEquals(3, tally.size());
  }

  @Test
  void shouldWriteAmountsWithAtLeastTwoDecimalsAndNoneLost() {
    assertEquals("12.50", SalesTally.amount(new BigDecimal("12.5000")).toPlainString());
    assertEquals("0.00", SalesTally.amount(new BigDecimal("0.0000")).toPlainString());
    assertEquals("1000.00", SalesTally.amount(new BigDecimal("1000.0000")).toPlainString());
    assertEquals("3.1416", SalesTally.amount(new BigDecimal("3.1416")).toPlainString());
  }

  private static BigDecimal amount(String text) {
    return new BigDecimal(text);
  }
}
