package io.vitrina.support.sla.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** New targets for one priority, as ISO-8601 durations (PT4H, P2D). */
public record SlaTargetRequest(
    @Schema(
            enumeration = {"LOW", "NORMAL", "HIGH", "URGENT"},
            required = true)
        @NotNull
        @Pattern(regexp = "LOW|NORMAL|HIGH|URGENT", message = "must be LOW, NORMAL, HIGH or URGENT")
        String priority,
    @Schema(example = "PT4H", required = true) @NotNull @Size(max = 32) String firstResponse,
    @Schema(example = "P2D", required = true) @NotNull @Size(max = 32) String resolution) {}
