package io.vitrina.catalog.image.domain;

import io.vitrina.platform.problem.ProblemDetail;
import io.vitrina.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;

/** 415: the upload is not a PNG, JPEG, GIF or WebP image, whatever its part said it was. */
public class UnsupportedImageException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public UnsupportedImageException(String detail) {
    super(
        415,
        ProblemDetail.type("unsupported-image"),
        "Not a supported image",
        detail,
        List.of(),
        Map.of());
  }
}
