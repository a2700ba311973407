package io.vitrina.catalog.report.persistence;

import io.vitrina.catalog.product.domain.ProductStatus;
import io.vitrina.catalog.report.domain.InventoryLine;
import io.vitrina.catalog.report.domain.InventoryLines;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * Products joined with their stock, as plain values (no managed entities), a keyset page at a time:
 * {@code sku > :after ORDER BY sku} uses the unique SKU index however deep the page.
 */
@ApplicationScoped
public class JpaInventoryLines implements InventoryLines {

  private static final String SELECT =
      "SELECT p.sku, p.name, p.categoryId, p.status, i.onHand, i.reserved, i.lowStockThreshold"
          + " FROM Product p, Inventory i WHERE i.productId = p.id";

  @PersistenceContext(unitName = "vitrina")
  EntityManager em;

  @Override
  public List<InventoryLine> page(
      String subtreePattern, boolean lowStockOnly, String afterSku, int limit) {
    StringBuilder jpql = new StringBuilder(SELECT);
    if (afterSku != null) {
      jpql.append(" AND p.sku > :after");
    }
    if (subtreePattern != null) {
      jpql.append(" AND p.categoryId IN (SELECT c.id FROM Category c WHERE c.path LIKE :subtree)");
    }
    if (lowStockOnly) {
      jpql.append(" AND i.onHand - i.reserved <= i.lowStockThreshold");
    }
    jpql.append(" ORDER BY p.sku");
    TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
    if (afterSku != null) {
      query.setParameter("after", afterSku);
    }
    if (subtreePattern != null) {
      query.setParameter("subtree", subtreePattern);
    }
    return query.setMaxResults(limit).getResultList().stream()
        .map(
            row ->
                new InventoryLine(
                    (String) row[0],
                    (String) row[1],
                    (String) row[2],
                    (ProductStatus) row[3],
                    ((Number) row[4]).intValue(),
                    ((Number) row[5]).intValue(),
                    ((Number) row[6]).intValue()))
        .toList();
  }
}
