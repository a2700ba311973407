package io.vitrina.catalog.image.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The parts of an upload, for the OpenAPI document only: the resource reads the parts itself. */
@Schema(name = "ImageUpload", requiredProperties = "file")
public record ImageUploadForm(
    @Schema(
            type = SchemaType.STRING,
            format = "binary",
            description =
                "A PNG, JPEG, GIF or WebP file; its type is read from its bytes, not from the"
                    + " part's Content-Type")
        String file,
    @Schema(description = "Plain text alternative, at most 200 characters", maxLength = 200)
        String alt) {}
