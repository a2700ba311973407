package io.vitrina.order.cart.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A cart line as the customer sees it now.
 *
 * @param available whether the catalog still sells the product (false: it answered that it does
 *     not, or prices it in another currency than the cart); unavailable lines count for nothing
 * @param priceStale whether the catalog could not be asked just now: the price is the last one it
 *     gave, as of {@code priceCheckedAt}
 */
public record CartItem(
    String productId,
    String sku,
    String name,
    int quantity,
    BigDecimal unitPrice,
    String currency,
    BigDecimal lineTotal,
    boolean available,
    boolean priceStale,
    Instant priceCheckedAt) {}
