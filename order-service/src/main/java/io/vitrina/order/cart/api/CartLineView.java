package io.vitrina.order.cart.api;

import io.vitrina.order.cart.domain.CartItem;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cart line as the customer sees it. */
@Schema(name = "CartLine")
public record CartLineView(
    String productId,
    String sku,
    String name,
    int quantity,
    @Schema(example = "19.99") BigDecimal unitPrice,
    @Schema(example = "EUR") String currency,
    @Schema(example = "39.98") BigDecimal lineTotal,
    @Schema(
            description =
                "false: the catalog no longer sells the product (or prices it in another"
                    + " currency); the line counts for nothing until it is removed")
        boolean available,
    @Schema(
            description =
                "true: the catalog could not be asked just now; unitPrice is the last known one")
        boolean priceStale,
    @Schema(description = "When the catalog last confirmed the price") Instant priceCheckedAt) {

  static CartLineView of(CartItem item) {
    return new CartLineView(
        item.productId(),
        item.sku(),
        item.name(),
        item.quantity(),
        item.unitPrice(),
        item.currency(),
        item.lineTotal(),
        item.available(),
        item.priceStale(),
        item.priceCheckedAt());
  }
}
