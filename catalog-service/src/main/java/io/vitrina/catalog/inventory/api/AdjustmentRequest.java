package io.vitrina.catalog.inventory.api;

import io.vitrina.platform.validation.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A manual change of the stock on hand. */
@Schema(name = "AdjustmentRequest")
public record AdjustmentRequest(
    @Schema(description = "Units added (positive) or removed (negative); not 0", example = "25")
        @NotNull
        @Min(-1_000_000)
        @Max(1_000_000)
        Integer delta,
    @NotBlank @Size(max = 200) @PlainText @Schema(example = "Delivery 2026-11-28") String reason) {}
