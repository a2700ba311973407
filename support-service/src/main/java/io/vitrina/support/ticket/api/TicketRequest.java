package io.vitrina.support.ticket.api;

import io.vitrina.platform.validation.PlainText;
import io.vitrina.support.Ids;
import io.vitrina.support.ticket.domain.Ticket;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer's new ticket. Texts are plain text, kept exactly as sent. */
@Schema(name = "TicketRequest")
public record TicketRequest(
    @Schema(
            enumeration = {"INQUIRY", "RETURN", "COMPLAINT", "FEEDBACK"},
            required = true)
        @NotNull
        @Pattern(
            regexp = "INQUIRY|RETURN|COMPLAINT|FEEDBACK",
            message = "must be INQUIRY, RETURN, COMPLAINT or FEEDBACK")
        String type,
    @NotBlank @Size(max = Ticket.MAX_SUBJECT) @PlainText String subject,
    @NotBlank @Size(max = Ticket.MAX_BODY) @MultilineText String body,
    @Schema(description = "The order concerned; required for a RETURN")
        @Pattern(regexp = Ids.REFERENCE, message = Ids.REFERENCE_MESSAGE)
        String orderId,
    @Schema(description = "The product concerned")
        @Pattern(regexp = Ids.REFERENCE, message = Ids.REFERENCE_MESSAGE)
        String productId,
    @Schema(
            enumeration = {"LOW", "NORMAL", "HIGH", "URGENT"},
            defaultValue = "NORMAL")
        @Pattern(regexp = "LOW|NORMAL|HIGH|URGENT", message = "must be LOW, NORMAL, HIGH or URGENT")
        String priority,
    @Schema(description = "For a RETURN only: the products to send back, each once")
        @Size(max = Ticket.MAX_RETURN_LINES)
        List<@NotNull @Valid LineRequest> lines) {}
