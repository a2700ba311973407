package io.vitrina.order.order.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How to pay an order. */
@Schema(name = "PaymentRequest")
public record PaymentRequest(@NotNull(message = "is required") @Valid CardRequest card) {}
