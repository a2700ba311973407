package io.vitrina.order.cart.api;

import io.vitrina.order.cart.domain.CartContents;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The customer's cart with its running totals. */
@Schema(name = "Cart")
public record CartView(
    List<CartLineView> lines,
    @Schema(description = "The currency of every line; absent for an empty cart", example = "EUR")
        String currency,
    @Schema(description = "Sum of the available lines", example = "39.98") BigDecimal subtotal,
    @Schema(example = "4.95") BigDecimal shipping,
    @Schema(description = "Tax on subtotal plus shipping", example = "9.43") BigDecimal tax,
    @Schema(example = "54.36") BigDecimal total,
    @Schema(description = "true if any line's price could not be confirmed just now")
        boolean priceStale,
    Instant updatedAt) {

  static CartView of(CartContents contents) {
    return new CartView(
        contents.items().stream().map(CartLineView::of).toList(),
        contents.currency(),
        contents.totals().subtotal(),
        contents.totals().shipping(),
        contents.totals().tax(),
        contents.totals().total(),
        contents.priceStale(),
        contents.updatedAt());
  }
}
