package io.vitrina.load.benchmark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CheckoutReportTest {

  private static LatencyStats stats(String scenario, int samples, long errors) {
    long[] latencies = new long[samples];
    java.util.Arrays.fill(latencies, 2_000_000L);
    return LatencyStats.of(scenario, latencies, errors, Duration.ofSeconds(10));
  }

  @Test
  void shouldPutCheckoutsNextToCommitsAsARatio() {
    String report =
        new CheckoutReport(stats("jdbc", 4000, 0), stats("checkout", 200, 0), null).markdown();
    assertTrue(report.contains("| plain JDBC insert-and-commit loop (commits) | 400 |"), report);
    assertTrue(report.contains("(checkouts) | 20 |"), report);
    assertTrue(report.contains("**0.050**"), report);
  }

  @Test
  void shouldSayWhyThereIsNoCheckoutAndGiveNoRatio() {
    String report =
        new CheckoutReport(stats("jdbc", 4000, 0), null, "POST /api/orders answered HTTP 404")
            .markdown();
    assertTrue(report.contains("not available: POST /api/orders answered HTTP 404"), report);
    assertTrue(!report.contains("÷"), report);
  }

  @Test
  void shouldNotGiveARatioOfACheckoutWithErrors() {
    String report =
        new CheckoutReport(stats("jdbc", 4000, 0), stats("checkout", 200, 3), null).markdown();
    assertTrue(report.contains("not valid: the checkout had errors"), report);
  }

  @Test
  void shouldRecogniseAPaidOrder() {
    assertTrue(Checkout.isPaid("{\"id\":\"x\",\"status\":\"PAID\"}"));
    assertTrue(!Checkout.isPaid("{\"status\":\"PENDING_PAYMENT\"}"));
    assertTrue(!Checkout.isPaid("<html>"));
  }
}
