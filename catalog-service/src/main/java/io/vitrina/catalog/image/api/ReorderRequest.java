package io.vitrina.catalog.image.api;

import io.vitrina.catalog.Ids;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new order of a product's images: every one of them, each once, first to last. */
@Schema(name = "ImageOrderRequest")
public record ReorderRequest(
    @NotNull
        @Size(max = ProductImagesResource.MAX_IDS_LISTED, message = "must list at most 100 ids")
        List<@NotNull @Pattern(regexp = Ids.UUID, message = Ids.UUID_MESSAGE) String> imageIds) {}
