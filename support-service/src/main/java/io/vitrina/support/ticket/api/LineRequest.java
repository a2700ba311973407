package io.vitrina.support.ticket.api;

import io.vitrina.support.Ids;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A product to return and how many of it. */
public record LineRequest(
    @NotNull @Pattern(regexp = Ids.REFERENCE, message = Ids.REFERENCE_MESSAGE) String productId,
    @NotNull @Min(1) @Max(1000) Integer quantity) {}
