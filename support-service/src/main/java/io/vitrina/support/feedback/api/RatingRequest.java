package io.vitrina.support.feedback.api;

import io.vitrina.support.Ids;
import io.vitrina.support.ticket.api.MultilineText;
import io.vitrina.support.ticket.domain.Ticket;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer's rating of a product of one of their orders. The comment is plain text. */
@Schema(name = "RatingRequest")
public record RatingRequest(
    @Schema(required = true, description = "The order the product came with")
        @NotNull
        @Pattern(regexp = Ids.UUID, message = "must be a lower-case UUID")
        String orderId,
    @Schema(required = true, description = "The product rated")
        @NotNull
        @Pattern(regexp = Ids.UUID, message = "must be a lower-case UUID")
        String productId,
    @Schema(required = true, minimum = "1", maximum = "5", description = "1 poor … 5 excellent")
        @NotNull
        @Min(1)
        @Max(5)
        Integer rating,
    @Schema(description = "What the customer wants to say; becomes the feedback ticket's body")
        @Size(max = Ticket.MAX_BODY)
        @MultilineText
        String comment) {}
