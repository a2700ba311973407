package io.vitrina.catalog.image.domain;

import io.vitrina.catalog.product.domain.Product;
import io.vitrina.catalog.product.domain.ProductRepository;
import io.vitrina.catalog.product.domain.ProductStatus;
import io.vitrina.platform.problem.ConflictException;
import io.vitrina.platform.problem.InvalidInputException;
import io.vitrina.platform.problem.PayloadTooLargeException;
import io.vitrina.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Adds, lists, serves, reorders and removes the images of products. {@code includeUnlisted} says
 * whether the caller may see products that are not ACTIVE, as for the products themselves; an empty
 * result means "not found" for the resource to turn into a 404. Positions are always 0 to n-1.
 */
@ApplicationScoped
public class ImageService {

  @Inject ImageRepository images;
  @Inject ProductRepository products;
  @Inject ImageSettings settings;
  @Inject ImageMetrics metrics;
  @Inject Clock clock;

  /** An image and whether its product is public, which decides how it may be cached. */
  public record Located(ImageInfo info, boolean publicProduct) {}

  /**
   * Stores an image as the product's last one.
   *
   * @throws UnsupportedImageException when the bytes are not an accepted image (415)
   * @throws ImageTooLargeException when its dimensions are too large (422)
   * @throws PayloadTooLargeException when the file is too large (413)
   * @throws ConflictException when the product has all the images it may have, or is discontinued
   */
  @Transactional
  public Optional<ImageInfo> add(String productId, byte[] bytes, String alt) {
    ImageFacts facts;
    try {
      if (bytes.length > settings.maxBytes()) {
        throw new PayloadTooLargeException(settings.maxBytes());
      }
      facts = ImageInspector.inspect(bytes, settings.maxDimension());
    } catch (ProblemException refused) {
      metrics.refused(reason(refused));
      throw refused;
    }
    // Hashed before the product is locked: the lock is held only for the count and the insert.
    String sha256 = sha256(bytes);
    Optional<Product> product = images.lockProduct(productId);
    if (product.isEmpty()) {
      return Optional.empty();
    }
    requireChangeable(product.get());
    long count = images.count(productId);
    if (count >= settings.maxPerProduct()) {
      metrics.refused("too-many");
      throw new ConflictException(
          "Product "
              + product.get().sku()
              + " already has "
              + count
              + " images, the most it may have; delete one first.");
    }
    ProductImage image =
        new ProductImage(productId, (int) count, facts, bytes, sha256, alt, clock.instant());
    images.add(image);
    metrics.uploaded();
    return Optional.of(image.info());
  }

  /** A product's images in order, if the caller may see the product. */
  @Transactional
  public Optional<List<ImageInfo>> list(String productId, boolean includeUnlisted) {
    return visibleStatus(productId, includeUnlisted).map(status -> images.list(productId));
  }

  /** One image's metadata, if the caller may see its product. */
  @Transactional
  public Optional<Located> find(String productId, String imageId, boolean includeUnlisted) {
    return visibleStatus(productId, includeUnlisted)
        .flatMap(
            status ->
                images
                    .find(productId, imageId)
                    .map(info -> new Located(info, status == ProductStatus.ACTIVE)));
  }

  /** One image's bytes; the caller has already found its metadata. */
  @Transactional
  public Optional<byte[]> bytes(String productId, String imageId) {
    return images.bytes(productId, imageId);
  }

  /**
   * Puts a product's images in the given order.
   *
   * @throws InvalidInputException when an id is listed twice (400)
   * @throws ConflictException when the ids are not exactly the product's images, or the product is
   *     discontinued
   */
  @Transactional
  public Optional<List<ImageInfo>> reorder(String productId, List<String> imageIds) {
    Set<String> requested = new HashSet<>(imageIds);
    if (requested.size() != imageIds.size()) {
      throw new InvalidInputException("imageIds", "must not list an image twice");
    }
    Optional<Product> product = images.lockProduct(productId);
    if (product.isEmpty()) {
      return Optional.empty();
    }
    requireChangeable(product.get());
    Set<String> current = new HashSet<>();
    images.list(productId).forEach(info -> current.add(info.id()));
    if (!current.equals(requested)) {
      throw new ConflictException(
          "The ids must be exactly the product's "
              + current.size()
              + " images: read them again and resend the whole order.");
    }
    images.renumber(productId, imageIds);
    return Optional.of(images.list(productId));
  }

  /**
   * Removes an image and closes the gap it leaves. Allowed on a discontinued product too: taking an
   * image down must always be possible.
   */
  @Transactional
  public boolean remove(String productId, String imageId) {
    if (images.lockProduct(productId).isEmpty() || !images.remove(productId, imageId)) {
      return false;
    }
    images.renumber(productId, images.list(productId).stream().map(ImageInfo::id).toList());
    return true;
  }

  /** The product's status, if the caller may see the product: the rule of the product reads. */
  private Optional<ProductStatus> visibleStatus(String productId, boolean includeUnlisted) {
    return products
        .find(productId)
        .map(Product::status)
        .filter(status -> includeUnlisted || status == ProductStatus.ACTIVE);
  }

  private static void requireChangeable(Product product) {
    if (product.status() == ProductStatus.DISCONTINUED) {
      throw new ConflictException(
          "Product " + product.sku() + " is discontinued: its images can no longer change.");
    }
  }

  private static String reason(ProblemException refused) {
    return switch (refused.status()) {
      case 413 -> "too-large";
      case 415 -> "unsupported";
      default -> "dimensions";
    };
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
    }
  }
}
