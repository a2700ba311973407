package io.vitrina.order.order.api;

import io.vitrina.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An operator's move of an order to another status. */
@Schema(name = "StatusRequest")
public record StatusRequest(
    @NotBlank(message = "is required")
        @Size(max = 24)
        @Schema(enumeration = {"FULFILLING", "SHIPPED", "DELIVERED", "RETURN_REQUESTED"})
        String status,
    @Size(max = 500) @PlainText String reason) {}
