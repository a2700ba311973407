package io.vitrina.catalog.image.persistence;

import io.vitrina.catalog.image.domain.ImageInfo;
import io.vitrina.catalog.image.domain.ImageRepository;
import io.vitrina.catalog.image.domain.ProductImage;
import io.vitrina.catalog.product.domain.Product;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Images in {@code product_images}, one row each with its bytes in a MEDIUMBLOB. */
@ApplicationScoped
public class JpaImageRepository implements ImageRepository {

  @PersistenceContext(unitName = "vitrina")
  EntityManager em;

  @Override
  public Optional<Product> lockProduct(String productId) {
    return Optional.ofNullable(em.find(Product.class, productId, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void add(ProductImage image) {
    em.persist(image);
    // Write now: a constraint violation belongs to this call, not to a commit after the response.
    em.flush();
  }

  @Override
  public List<ImageInfo> list(String productId) {
    return em.createNamedQuery("ProductImage.infos", ImageInfo.class)
        .setParameter("productId", productId)
        .getResultList();
  }

  @Override
  public Optional<ImageInfo> find(String productId, String imageId) {
    return em.createNamedQuery("ProductImage.info", ImageInfo.class)
        .setParameter("id", imageId)
        .setParameter("productId", productId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<byte[]> bytes(String productId, String imageId) {
    return em.createNamedQuery("ProductImage.bytes", byte[].class)
        .setParameter("id", imageId)
        .setParameter("productId", productId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public long count(String productId) {
    return em.createNamedQuery("ProductImage.count", Long.class)
        .setParameter("productId", productId)
        .getSingleResult();
  }

  @Override
  public boolean remove(String productId, String imageId) {
    return em.createNamedQuery("ProductImage.delete")
            .setParameter("id", imageId)
            .setParameter("productId", productId)
            .executeUpdate()
        == 1;
  }

  @Override
  public void renumber(String productId, List<String> imageIds) {
    // (product_id, position) is unique and checked row by row: first move every image to a
    // distinct negative position, then give each its new one, so no two ever collide.
    em.createNamedQuery("ProductImage.parkPositions")
        .setParameter("productId", productId)
        .executeUpdate();
    for (int position = 0; position < imageIds.size(); position++) {
      int updated =
          em.createNamedQuery("ProductImage.setPosition")
              .setParameter("position", position)
              .setParameter("id", imageIds.get(position))
              .setParameter("productId", productId)
              .executeUpdate();
      if (updated != 1) {
        throw new IllegalStateException(
            "Image " + imageIds.get(position) + " is not the product's");
      }
    }
  }
}
