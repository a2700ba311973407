package io.vitrina.catalog.category.api;

import io.vitrina.catalog.Ids;
import io.vitrina.platform.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A category's new name and slug. */
@Schema(name = "RenameRequest")
public record RenameRequest(
    @NotBlank @Size(max = 100) @PlainText String name,
    @NotBlank @Size(max = 64) @Pattern(regexp = Ids.SLUG, message = Ids.SLUG_MESSAGE)
        String slug) {}
