package io.vitrina.catalog.image.domain;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The limits on product images, from MicroProfile Config. */
@ApplicationScoped
public class ImageSettings {

  /** The most a MEDIUMBLOB holds. */
  static final long STORABLE_BYTES = (1L << 24) - 1;

  @Inject
  @ConfigProperty(name = "vitrina.images.max-bytes", defaultValue = "5242880")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "vitrina.images.max-dimension", defaultValue = "8000")
  int maxDimension;

  @Inject
  @ConfigProperty(name = "vitrina.images.max-per-product", defaultValue = "12")
  int maxPerProduct;

  @PostConstruct
  void check() {
    if (maxBytes < 1 || maxBytes > STORABLE_BYTES) {
      throw new IllegalStateException(
          "vitrina.images.max-bytes must be 1 to " + STORABLE_BYTES + ", not " + maxBytes);
    }
    if (maxDimension < 1 || maxPerProduct < 1) {
      throw new IllegalStateException(
          "vitrina.images.max-dimension and vitrina.images.max-per-product must be positive");
    }
  }

  /** The largest image file accepted, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /** The largest width and height accepted, in pixels. */
  public int maxDimension() {
    return maxDimension;
  }

  public int maxPerProduct() {
    return maxPerProduct;
  }
}
