package io.vitrina.catalog.image.domain;

import io.vitrina.catalog.product.domain.Product;
import java.util.List;
import java.util.Optional;

/** Where product images are kept. Implementations join the caller's transaction. */
public interface ImageRepository {

  /**
   * The product, locked until the transaction ends: every change of a product's images takes this
   * lock first, so that counts and positions cannot race.
   */
  Optional<Product> lockProduct(String productId);

  void add(ProductImage image);

  /** A product's images in position order, without their bytes. */
  List<ImageInfo> list(String productId);

  /** One image of one product, without its bytes. */
  Optional<ImageInfo> find(String productId, String imageId);

  /** The bytes of one image of one product. */
  Optional<byte[]> bytes(String productId, String imageId);

  long count(String productId);

  /** Removes one image of one product; whether there was one. */
  boolean remove(String productId, String imageId);

  /** Gives the images their positions 0, 1, 2... in this order; every image must be listed. */
  void renumber(String productId, List<String> imageIds);
}
