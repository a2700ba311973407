package io.vitrina.order.report.domain;

import io.vitrina.platform.problem.InvalidInputException;
import io.vitrina.platform.report.CsvWriter;
import io.vitrina.platform.report.ReportBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sales report: the orders whose payment was captured in a period of UTC days, added up per
 * day, product or category and currency (see {@link SalesTally} for the columns). An order counts
 * from its payment on, whatever happened to it after: cancelled orders that were paid count, and
 * refunded ones count with their refund in the refund columns. Orders are read a page at a time in
 * order of payment; only the rows are kept in memory.
 *
 * <p>Grouping by category asks the catalog about each product sold in the period, once per build; a
 * product it cannot place is reported under {@code unknown}.
 */
@ApplicationScoped
public class SalesReport implements ReportBuilder {

  /** The kind's name on the wire and in the database. */
  public static final String KIND = "sales";

  static final int PAGE = 500;

  @Inject PaidOrders orders;
  @Inject ProductCategories catalog;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public void validate(String parameters) {
    SalesParameters period = SalesParameters.fromJson(parameters);
    if (period.to().isBefore(period.from())) {
      throw new InvalidInputException("to", "must not be before from");
    }
    if (period.days() > SalesParameters.MAX_DAYS) {
      throw new InvalidInputException(
          "to",
          "must be at most "
              + SalesParameters.MAX_DAYS
              + " days from from, both days included: request longer periods in parts");
    }
  }

  @Override
  public long write(String parameters, CsvWriter csv) throws IOException {
    SalesParameters period = SalesParameters.fromJson(parameters);
    boolean byCategory = period.groupBy() == SalesGrouping.CATEGORY;
    SalesTally tally = new SalesTally(period.groupBy());
    Map<String, ProductCategories.Category> categories = new HashMap<>();
    Set<String> asked = new HashSet<>();
    PaidOrder after = null;
    List<PaidOrder> page;
    do {
      page = orders.page(period.start(), period.end(), after, PAGE);
      if (byCategory) {
        Set<String> unasked = new LinkedHashSet<>();
        for (PaidOrder order : page) {
          for (PaidOrder.Line line : order.lines()) {
            if (!asked.contains(line.productId())) {
              unasked.add(line.productId());
            }
          }
        }
        if (!unasked.isEmpty()) {
          categories.putAll(catalog.categoriesOf(unasked));
          asked.addAll(unasked);
        }
      }
      for (PaidOrder order : page) {
        tally.add(order, categories);
        after = order;
      }
    } while (page.size() == PAGE);
    csv.row(tally.header());
    for (List<Object> row : tally.rows()) {
      csv.row(row);
    }
    return tally.size();
  }
}
