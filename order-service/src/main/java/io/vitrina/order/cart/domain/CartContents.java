package io.vitrina.order.cart.domain;

import io.vitrina.order.pricing.Totals;
import java.time.Instant;
import java.util.List;

/**
 * A cart with what each line costs and what it all comes to.
 *
 * @param currency the cart's currency; null for an empty cart
 * @param totals the totals of the available lines (stale ones at their last known price)
 * @param priceStale whether any line's price could not be confirmed just now
 * @param updatedAt when the customer last changed the cart; null if they never had one
 */
public record CartContents(
    List<CartItem> items, String currency, Totals totals, boolean priceStale, Instant updatedAt) {

  public static final CartContents EMPTY =
      new CartContents(List.of(), null, Totals.NONE, false, null);
}
