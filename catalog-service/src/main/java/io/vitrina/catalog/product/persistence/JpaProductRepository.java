package io.vitrina.catalog.product.persistence;

import io.vitrina.catalog.product.domain.Product;
import io.vitrina.catalog.product.domain.ProductRepository;
import io.vitrina.catalog.product.domain.ProductStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Products in {@code products}, their attributes in {@code product_attributes}. */
@ApplicationScoped
public class JpaProductRepository implements ProductRepository {

  /** EclipseLink's batch-reading query hints (QueryHints.BATCH, BATCH_TYPE, BATCH_SIZE). */
  static final String BATCH = "eclipselink.batch";

  static final String BATCH_TYPE = "eclipselink.batch.type";
  static final String BATCH_SIZE = "eclipselink.batch.size";

  @PersistenceContext(unitName = "vitrina")
  EntityManager em;

  @Override
  public void add(Product product) {
    em.persist(product);
    // The inventory row refers to the product by a plain column, not a mapped relationship, so
    // the provider cannot know to insert the product first: write it now.
    em.flush();
  }

  @Override
  public Optional<Product> find(String id) {
    return Optional.ofNullable(em.find(Product.class, id));
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public Optional<Product> findBySku(String sku) {
    return em.createNamedQuery("Product.findBySku", Product.class)
        .setParameter("sku", sku)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Product> pageInSubtree(
      String pathPattern, Set<ProductStatus> statuses, int page, int size) {
    return em.createNamedQuery("Product.pageInSubtree", Product.class)
        .setParameter("statuses", statuses)
        .setParameter("pathPattern", pathPattern)
        // The page's attributes in one IN statement, not one statement per product. IN (rather
        // than JOIN or EXISTS) keys the batch on the page's own ids, so the offset and limit of
        // the page stay on the product query alone.
        .setHint(BATCH, "p.attributes")
        .setHint(BATCH_TYPE, "IN")
        .setHint(BATCH_SIZE, size)
        .setFirstResult(page * size)
        .setMaxResults(size)
        .getResultList();
  }

  @Override
  public long countInSubtree(String pathPattern, Set<ProductStatus> statuses) {
    return em.createNamedQuery("Product.countInSubtree", Long.class)
        .setParameter("statuses", statuses)
        .setParameter("pathPattern", pathPattern)
        .getSingleResult();
  }

  @Override
  public Map<String, ProductStatus> statuses(Collection<String> ids) {
    Map<String, ProductStatus> result = new HashMap<>();
    if (ids.isEmpty()) {
      return result;
    }
    em.createNamedQuery("Product.statuses", Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(row -> result.put((String) row[0], (ProductStatus) row[1]));
    return result;
  }
}
