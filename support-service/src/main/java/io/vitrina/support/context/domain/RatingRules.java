package io.vitrina.support.context.domain;

import io.vitrina.platform.problem.ConflictException;
import io.vitrina.platform.problem.ProblemDetail;
import io.vitrina.platform.problem.ProblemException;
import io.vitrina.platform.problem.Violation;
import java.util.List;
import java.util.Map;

/**
 * What a product rating must satisfy against its order, so that a rating is a customer's word on
 * something they received: the order is the customer's (404 otherwise, as for an order that does
 * not exist), it has been delivered — it is DELIVERED, or a return of it is under way or done (409
 * otherwise, {@link OrderFacts#delivered()}) — and the rated product is one of its lines (422).
 */
public final class RatingRules {

  private RatingRules() {}

  /**
   * @param order the order as order-service or the read model knows it; null when unknown
   * @throws ProblemException when the product of the order may not be rated by the customer
   */
  public static void check(OrderFacts order, String customerId, String productId) {
    ReturnRules.requireOwn(order, customerId);
    if (!order.delivered()) {
      throw new ConflictException(
          "The order is "
              + order.status()
              + ": its products can be rated once it has been delivered.");
    }
    if (order.bought(productId) == 0) {
      throw new ProblemException(
          422,
          ProblemDetail.type("rating-not-allowed"),
          "Rating not allowed",
          "The rated product is not in the order.",
          List.of(new Violation("productId", "is not a product of the order")),
          Map.of());
    }
  }
}
