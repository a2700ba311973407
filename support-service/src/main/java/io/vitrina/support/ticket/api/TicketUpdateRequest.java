package io.vitrina.support.ticket.api;

import io.vitrina.support.Ids;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An agent's change to a ticket: any of status, priority and assignment; absent fields stay. The
 * version read comes here or as If-Match.
 */
@Schema(name = "TicketUpdateRequest")
public record TicketUpdateRequest(
    @Schema(enumeration = {"OPEN", "IN_PROGRESS", "WAITING_ON_CUSTOMER", "RESOLVED", "CLOSED"})
        @Pattern(
            regexp = "OPEN|IN_PROGRESS|WAITING_ON_CUSTOMER|RESOLVED|CLOSED",
            message = "must be OPEN, IN_PROGRESS, WAITING_ON_CUSTOMER, RESOLVED or CLOSED")
        String status,
    @Schema(enumeration = {"LOW", "NORMAL", "HIGH", "URGENT"})
        @Pattern(regexp = "LOW|NORMAL|HIGH|URGENT", message = "must be LOW, NORMAL, HIGH or URGENT")
        String priority,
    @Schema(description = "The agent's user id, as in their token's sub")
        @Pattern(regexp = Ids.REFERENCE, message = Ids.REFERENCE_MESSAGE)
        String assigneeId,
    @Schema(description = "true to assign the ticket to nobody") Boolean unassigned,
    @Schema(description = "The version read; or send it as If-Match") Long version) {}
