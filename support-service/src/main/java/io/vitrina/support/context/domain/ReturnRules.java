package io.vitrina.support.context.domain;

import io.vitrina.platform.problem.ConflictException;
import io.vitrina.platform.problem.ProblemDetail;
import io.vitrina.platform.problem.ProblemException;
import io.vitrina.platform.problem.Violation;
import io.vitrina.support.ticket.domain.ReturnLine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a return must satisfy against its order: the order is the customer's (404 otherwise, as for
 * an order that does not exist), it was delivered (409): DELIVERED, or RETURN_REQUESTED, RETURNED
 * or REFUNDED after an earlier return of part of it, the return window since its delivery is still
 * open (409), and every line names a product of the order in no more units than were bought less
 * those other returns of the order already claim (422, one violation per line).
 */
public final class ReturnRules {

  private ReturnRules() {}

  /**
   * @param order the order as order-service or the read model knows it
   * @param claimed units per product that other returns of the order claim
   * @throws ProblemException when the return may not be opened
   */
  public static void check(
      OrderFacts order,
      String customerId,
      List<ReturnLine> lines,
      Map<String, Integer> claimed,
      Instant now,
      Duration window) {
    requireOwn(order, customerId);
    if (!OrderFacts.DELIVERED_OR_AFTER.contains(order.status())) {
      throw new ConflictException(
          "The order is " + order.status() + ": only a DELIVERED order can be returned.");
    }
    if (order.deliveredAt() == null) {
      throw new ConflictException(
          "REFUNDED".equals(order.status())
              ? "The order is REFUNDED and was never delivered: only a DELIVERED order can be"
                  + " returned."
              : "The order's delivery time is not known yet: try again later.");
    }
    Instant closes = order.deliveredAt().plus(window);
    if (now.isAfter(closes)) {
      throw new ConflictException(
          "The return window of " + window + " after delivery closed at " + closes + ".");
    }
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      ReturnLine line = lines.get(i);
      int bought = order.bought(line.productId());
      if (bought == 0) {
        violations.add(
            new Violation("lines[" + i + "].productId", "is not a product of the order"));
        continue;
      }
      int left = Math.max(0, bought - claimed.getOrDefault(line.productId(), 0));
      if (line.quantity() > left) {
        violations.add(
            new Violation(
                "lines[" + i + "].quantity",
                "at most "
                    + left
                    + " can still be returned ("
                    + bought
                    + " bought, "
                    + (bought - left)
                    + " in other returns)"));
      }
    }
    if (!violations.isEmpty()) {
      throw new ProblemException(
          422,
          ProblemDetail.type("return-not-allowed"),
          "Return not allowed",
          "The return asks for products or units the order cannot give back.",
          violations,
          Map.of());
    }
  }

  /**
   * The order must be the customer's: another customer's order is answered exactly like one that
   * does not exist, so that order ids cannot be probed.
   *
   * @throws ProblemException 404 otherwise
   */
  static void requireOwn(OrderFacts order, String customerId) {
    if (order == null || !order.customerId().equals(customerId)) {
      throw new ProblemException(
          404,
          ProblemDetail.type("unknown-order"),
          "Unknown order",
          "You have no such order.",
          List.of(),
          Map.of());
    }
  }
}
