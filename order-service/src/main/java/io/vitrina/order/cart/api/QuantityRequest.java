package io.vitrina.order.cart.api;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many units of a product the cart should hold. */
@Schema(name = "CartQuantity")
public record QuantityRequest(
    @Schema(description = "1 to vitrina.cart.max-quantity (100 by default)", example = "2")
        @NotNull(message = "is required")
        Integer quantity) {}
