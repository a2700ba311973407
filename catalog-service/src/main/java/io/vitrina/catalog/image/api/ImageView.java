package io.vitrina.catalog.image.api;

import io.vitrina.catalog.image.domain.ImageInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A product image as clients see it; its bytes are at {@code url}. */
@Schema(name = "ProductImage")
public record ImageView(
    String id,
    @Schema(description = "0 for the first image of the product") int position,
    @Schema(enumeration = {"image/png", "image/jpeg", "image/gif", "image/webp"})
        String contentType,
    int width,
    int height,
    @Schema(description = "Bytes") int size,
    @Schema(description = "The text alternative, if any") String alt,
    URI url) {

  static ImageView of(ImageInfo info, URI url) {
    return new ImageView(
        info.id(),
        info.position(),
        info.contentType(),
        info.width(),
        info.height(),
        info.size(),
        info.alt(),
        url);
  }
}
