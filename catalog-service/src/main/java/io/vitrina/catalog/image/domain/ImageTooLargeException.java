package io.vitrina.catalog.image.domain;

import io.vitrina.platform.problem.ProblemDetail;
import io.vitrina.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;

/**
 * 422: a real image whose declared dimensions exceed what the catalog accepts. Refused from the
 * header alone, before any pixel is decoded, so that a small file cannot make a reader allocate a
 * huge raster (a decompression bomb).
 */
public class ImageTooLargeException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public ImageTooLargeException(int width, int height, int maxDimension) {
    super(
        422,
        ProblemDetail.type("image-dimensions"),
        "Image dimensions too large",
        "The image is "
            + width
            + "x"
            + height
            + " pixels; at most "
            + maxDimension
            + "x"
            + maxDimension
            + " is accepted.",
        List.of(),
        Map.of());
  }
}
