package io.vitrina.catalog.category.api;

import io.vitrina.catalog.Ids;
import io.vitrina.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new category. */
@Schema(name = "CategoryRequest")
public record CategoryRequest(
    @Schema(description = "The parent category; absent for a top-level one")
        @Pattern(regexp = Ids.UUID, message = Ids.UUID_MESSAGE)
        String parentId,
    @NotBlank @Size(max = 100) @PlainText @Schema(example = "Running shoes") String name,
    @NotBlank
        @Size(max = 64)
        @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_MESSAGE)
        @Schema(example = "running-shoes")
        String slug) {}
