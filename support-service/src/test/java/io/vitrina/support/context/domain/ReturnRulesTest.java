package io.vitrina.support.context.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.platform.problem.ProblemException;
import io.vitrina.platform.problem.Violation;
import io.vitrina.support.ticket.domain.ReturnLine;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReturnRulesTest {

  private static final Instant DELIVERED = Instant.parse("2026-03-01T09:00:00Z");
  private static final Duration WINDOW = Duration.ofDays(30);
  private static final String A = "00000000-0000-4000-8000-00000000000a";
  private static final String B = "00000000-0000-4000-8000-00000000000b";

  private static OrderFacts order(String status, Instant deliveredAt) {
    return new OrderFacts(
        "o-1",
        "customer-1",
        status,
        BigDecimal.TEN,
        "EUR",
        List.of(
            new OrderFacts.Line(A, "SKU-A", 3, BigDecimal.ONE),
            new OrderFacts.Line(B, "SKU-B", 1, BigDecimal.ONE)),
        "PAID",
        DELIVERED.minus(Duration.ofDays(2)),
        deliveredAt,
        false);
  }

  private static ProblemException refused(
      OrderFacts order,
      String customer,
      List<ReturnLine> lines,
      Map<String, Integer> claimed,
      Instant now) {
    return assertThrows(
        ProblemException.class,
        () -> ReturnRules.check(order, customer, lines, claimed, now, WINDOW));
  }

  @Test
  void shouldAcceptADeliveredOrderWithinTheWindow() {
    assertDoesNotThrow(
        () ->
            ReturnRules.check(
                order("DELIVERED", DELIVERED),
                "customer-1",
                List.of(new ReturnLine(A, 2), new ReturnLine(B, 1)),
                Map.of(A, 1),
                DELIVERED.plus(WINDOW),
                WINDOW));
  }

  @Test
  void shouldAnswerAnotherCustomersOrderLikeAMissingOne() {
    List<ReturnLine> lines = List.of(new ReturnLine(A, 1));
    assertEquals(
        404,
        refused(order("DELIVERED", DELIVERED), "customer-2", lines, Map.of(), DELIVERED).status());
    assertEquals(404, refused(null, "customer-1", lines, Map.of(), DELIVERED).status());
  }

  @Test
  void shouldRefuseAnOrderNotDelivered() {
    ProblemException problem =
        refused(
            order("SHIPPED", null),
            "customer-1",
            List.of(new ReturnLine(A, 1)),
            Map.of(),
            DELIVERED);
    assertEquals(409, problem.status());
  }

  @Test
  void shouldAcceptALaterReturnOfUnitsAnEarlierReturnLeft() {
    for (String after : List.of("RETURN_REQUESTED", "RETURNED", "REFUNDED")) {
      assertDoesNotThrow(
          () ->
              ReturnRules.check(
                  order(after, DELIVERED),
                  "customer-1",
                  List.of(new ReturnLine(A, 2)),
                  Map.of(A, 1, B, 1),
                  DELIVERED.plus(Duration.ofDays(3)),
                  WINDOW),
          after);
    }
    // Nothing of B is left.
    assertEquals(
        422,
        refused(
                order("REFUNDED", DELIVERED),
                "customer-1",
                List.of(new ReturnLine(B, 1)),
                Map.of(A, 1, B, 1),
                DELIVERED)
            .status());
  }

  @Test
  void shouldRefuseAnOrderRefundedWithoutEverBeingDelivered() {
    ProblemException problem =
        refused(
            order("REFUNDED", null),
            "customer-1",
            List.of(new ReturnLine(A, 1)),
            Map.of(),
            DELIVERED);
    assertEquals(409, problem.status());
    assertTrue(problem.getMessage().contains("never delivered"), problem.getMessage());
  }

  @Test
  void shouldRefuseAfterTheReturnWindow() {
    ProblemException problem =
        refused(
            order("DELIVERED", DELIVERED),
            "customer-1",
            List.of(new ReturnLine(A, 1)),
            Map.of(),
            DELIVERED.plus(WINDOW).plusSeconds(1));
    assertEquals(409, problem.status());
  }

  @Test
  void shouldListEveryLineThatAsksTooMuchOrWasNotBought() {
    String stranger = "00000000-0000-4000-8000-00000000000c";
    ProblemException problem =
        refused(
            order("DELIVERED", DELIVERED),
            "customer-1",
            List.of(new ReturnLine(A, 2), new ReturnLine(stranger, 1), new ReturnLine(B, 2)),
            Map.of(A, 2),
            DELIVERED);
    assertEquals(422, problem.status());
    assertEquals(
        List.of("lines[0].quantity", "lines[1].productId", "lines[2].quantity"),
        problem.violations().stream().map(Violation::field).toList());
  }
}
