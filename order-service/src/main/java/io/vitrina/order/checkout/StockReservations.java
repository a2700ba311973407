package io.vitrina.order.checkout;

import java.util.List;

/**
 * Where checkout holds stock for an order: catalog-service's reservations. The hold is idempotent
 * on the order id, so asking twice for one order holds once. Implementations never throw for the
 * catalog's troubles: they answer {@link Outcome.Unavailable}.
 */
public interface StockReservations {

  /** A product and how many units of it to hold. */
  record Line(String productId, int quantity) {}

  /** What the catalog answered. */
  sealed interface Outcome {

    /** The stock is held for the order. */
    record Held() implements Outcome {}

    /** Not enough stock: nothing is held. {@code productIds} are the products that fell short. */
    record Short(List<String> productIds, String detail) implements Outcome {}

    /** The catalog refused the lines (a product no longer for sale): nothing is held. */
    record Refused(String detail) implements Outcome {}

    /** The catalog could not be asked; nothing is known to be held. */
    record Unavailable() implements Outcome {}
  }

  Outcome hold(String orderId, List<Line> lines);
}
