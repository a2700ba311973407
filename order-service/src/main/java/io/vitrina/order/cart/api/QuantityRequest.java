package io.vitrina.order.cart.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How many units of a product the cart should hold. Read as a decimal and checked to be a whole
 * number here: bound straight to an integer, JSON-B would quietly cut 1.5 down to 1 or wrap a
 * number too large for an int.
 */
@Schema(name = "CartQuantity")
public record QuantityRequest(
    @Schema(
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER,
            description = "1 to vitrina.cart.max-quantity (100 by default)",
            example = "2")
        @NotNull(message = "is required")
        @Digits(integer = 9, fraction = 0, message = "must be a whole number")
        BigDecimal quantity) {

  /** The quantity as an int; only after validation. */
  int units() {
    return quantity.intValueExact();
  }
}
