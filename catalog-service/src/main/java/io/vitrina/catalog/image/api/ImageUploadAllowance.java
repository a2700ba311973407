package io.vitrina.catalog.image.api;

import io.vitrina.catalog.Ids;
import io.vitrina.catalog.image.domain.ImageSettings;
import io.vitrina.platform.http.BodySizeAllowance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Lets an image upload, and only an upload, carry a body larger than the service-wide limit: the
 * largest image plus room for the multipart envelope and the alt text. The resource still checks
 * the file part against {@code vitrina.images.max-bytes} exactly.
 */
@ApplicationScoped
public class ImageUploadAllowance implements BodySizeAllowance {

  /** Part headers, boundaries and the alt text of one upload fit well within this. */
  static final long ENVELOPE_BYTES = 16 * 1024;

  private static final Pattern UPLOAD_PATH = Pattern.compile("products/" + Ids.UUID + "/images/?");

  @Inject ImageSettings settings;

  @Override
  public OptionalLong maxBodyBytes(String method, String path) {
    return "POST".equals(method) && UPLOAD_PATH.matcher(path).matches()
        ? OptionalLong.of(settings.maxBytes() + ENVELOPE_BYTES)
        : OptionalLong.empty();
  }
}
