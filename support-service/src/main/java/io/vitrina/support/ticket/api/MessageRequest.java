package io.vitrina.support.ticket.api;

import io.vitrina.support.ticket.domain.TicketMessage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message of the thread, or, with internal=true (agents only), an internal note. */
@Schema(name = "MessageRequest")
public record MessageRequest(
    @NotBlank @Size(max = TicketMessage.MAX_BODY) @MultilineText String body,
    @Schema(description = "An agents' note that customers never see", defaultValue = "false")
        Boolean internal) {}
