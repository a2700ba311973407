package io.vitrina.catalog.category.api;

import io.vitrina.catalog.Ids;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a category goes. */
@Schema(name = "MoveRequest")
public record MoveRequest(
    @Schema(description = "The new parent; null or absent makes the category top-level")
        @Pattern(regexp = Ids.UUID, message = Ids.UUID_MESSAGE)
        String parentId) {}
