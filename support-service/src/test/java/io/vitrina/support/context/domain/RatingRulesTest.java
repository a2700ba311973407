package io.vitrina.support.context.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vitrina.platform.problem.ProblemException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RatingRulesTest {
  private static final Instant DELIVERED_AT = Instant.parse("2026-11-20T10:00:00Z");

  private static OrderFacts order(String customer, String status) {
    return new OrderFacts(
        "order-1",
        customer,
        status,
        new BigDecimal("20.00"),
        "EUR",
        List.of(new OrderFacts.Line("kettle", "SKU-1", 1, new BigDecimal("20.00"))),
        "PAID",
        DELIVERED_AT.minusSeconds(86_400),
        DELIVERED_AT,
        false);
  }

  @ParameterizedTest
  @ValueSource(strings = {"DELIVERED", "RETURN_REQUESTED", "RETURNED", "REFUNDED"})
  void shouldLetTheCustomerRateAProductTheyReceived(String status) {
    assertDoesNotThrow(() -> RatingRules.check(order("cust", status), "cust", "kettle"));
  }

  @Test
  void shouldAnswerAnotherCustomersOrderLikeAnUnknownOne() {
    ProblemException theirs =
        assertThrows(
            ProblemException.class,
            () -> RatingRules.check(order("someone-else", "DELIVERED"), "cust", "kettle"));
    ProblemException unknown =
        assertThrows(ProblemException.class, () -> RatingRules.check(null, "cust", "kettle"));

    assertEquals(404, theirs.status());
    assertEquals(unknown.status(), theirs.status());
    assertEquals(unknown.detail(), theirs.detail());
  }

  @ParameterizedTest
  @ValueSource(strings = {"PENDING_PAYMENT", "PAID", "FULFILLING", "SHIPPED", "CANCELLED"})
  void shouldRefuseAnOrderNotDeliveredYet(String status) {
    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () -> RatingRules.check(order("cust", status), "cust", "kettle"));

    assertEquals(409, refused.status());
  }

  @Test
  void shouldRefuseAnOrderRefundedWithoutADelivery() {
    OrderFacts cancelledAfterPayment =
        new OrderFacts(
            "order-1",
            "cust",
            "REFUNDED",
            new BigDecimal("20.00"),
            "EUR",
            List.of(new OrderFacts.Line("kettle", "SKU-1", 1, new BigDecimal("20.00"))),
            "REFUNDED",
            DELIVERED_AT.minusSeconds(86_400),
            null,
            true);
    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () -> RatingRules.check(cancelledAfterPayment, "cust", "kettle"));

    assertEquals(409, refused.status());
  }

  @Test
  void shouldRefuseAProductTheOrderDidNotHold() {
    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () -> RatingRules.check(order("cust", "DELIVERED"), "cust", "toaster"));

    assertEquals(422, refused.status());
    assertEquals("productId", refused.violations().get(0).field());
  }
}
