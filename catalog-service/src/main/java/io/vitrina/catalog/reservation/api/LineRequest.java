package io.vitrina.catalog.reservation.api;

import io.vitrina.catalog.Ids;
import io.vitrina.catalog.reservation.domain.ReservationLines;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quantity of one product to reserve. */
@Schema(name = "ReservationLine")
public record LineRequest(
    @NotNull @Pattern(regexp = Ids.UUID, message = Ids.UUID_MESSAGE) String productId,
    @NotNull @Positive @Max(ReservationLines.MAX_QUANTITY) Integer quantity) {}
