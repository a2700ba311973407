package io.vitrina.support.ticket.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The parts of an upload, for the OpenAPI document only: the resource reads the parts itself. */
@Schema(name = "AttachmentUpload", requiredProperties = "file")
public record AttachmentUploadForm(
    @Schema(
            type = SchemaType.STRING,
            format = "binary",
            description =
                "A PNG, JPEG, GIF or PDF file, or UTF-8 plain text; its type is read from its"
                    + " bytes, not from the part's Content-Type. The part's file name is kept,"
                    + " reduced to letters, digits, dots, hyphens, underscores and spaces.")
        String file) {}
