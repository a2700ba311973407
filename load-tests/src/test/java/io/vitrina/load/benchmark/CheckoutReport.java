package io.vitrina.load.benchmark;

import java.util.Locale;

/**
 * The checkout part of the report: the plain JDBC loop's commits per second, the checkouts per
 * second, and their ratio, each with its latency percentiles.
 *
 * @param commits the JDBC loop, or null when it did not run
 * @param checkouts the checkouts, or null when checkout was not available
 * @param unavailable why there are no checkouts, or null
 */
record CheckoutReport(LatencyStats commits, LatencyStats checkouts, String unavailable) {

  String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("\n## Checkout next to a plain JDBC insert-and-commit loop\n\n");
    out.append("| scenario | per second | p50 ms | p90 ms | p99 ms | max ms | errors |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|\n");
    if (commits != null) {
      out.append(row("plain JDBC insert-and-commit loop (commits)", commits));
    }
    if (checkouts != null) {
      out.append(row("checkout: cart + `POST /api/orders` (checkouts)", checkouts));
    } else {
      out.append("| checkout | not available: ")
          .append(unavailable == null ? "not run" : unavailable)
          .append(" | | | | | |\n");
    }
    out.append('\n');
    if (commits != null && checkouts != null && commits.throughput() > 0) {
      out.append(
          String.format(
              Locale.ROOT,
              "Checkouts per second ÷ JDBC commits per second: **%s**.%n%n",
              checkouts.errors() > 0
                  ? "not valid: the checkout had errors"
                  : String.format(
                      Locale.ROOT, "%.3f", checkouts.throughput() / commits.throughput())));
    }
    out.append(
        "The JDBC loop commits, per transaction, one order row, two order lines and one status"
            + " history row (the shape of order-service's tables) in a scratch schema of the same"
            + " MariaDB, one connection per client, no XA, broker, HTTP or JSON: the most checkouts"
            + " this database could commit. A checkout puts 1 to 3 products in the cart and places"
            + " the order with an approved card; its latency is the order request's alone, its rate"
            + " counts whole checkouts.\n");
    return out.toString();
  }

  private static String row(String scenario, LatencyStats stats) {
    return String.format(
        Locale.ROOT,
        "| %s | %.0f | %.2f | %.2f | %.2f | %.1f | %d |%n",
        scenario,
        stats.throughput(),
        stats.p50Millis(),
        stats.p90Millis(),
        stats.p99Millis(),
        stats.maxMillis(),
        stats.errors());
  }
}
