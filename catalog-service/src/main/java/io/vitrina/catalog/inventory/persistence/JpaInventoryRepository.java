package io.vitrina.catalog.inventory.persistence;

import io.vitrina.catalog.inventory.domain.Inventory;
import io.vitrina.catalog.inventory.domain.InventoryAdjustment;
import io.vitrina.catalog.inventory.domain.InventoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Stock in {@code inventory}, adjustments in {@code inventory_adjustments}. */
@ApplicationScoped
public class JpaInventoryRepository implements InventoryRepository {

  @PersistenceContext(unitName = "vitrina")
  EntityManager em;

  @Override
  public void add(Inventory inventory) {
    em.persist(inventory);
  }

  @Override
  public Optional<Inventory> find(String productId) {
    Inventory found = em.find(Inventory.class, productId);
    if (found != null) {
      // Bulk updates bypass the persistence context: an instance loaded earlier may be stale.
      em.refresh(found);
    }
    return Optional.ofNullable(found);
  }

  @Override
  public boolean reserve(String productId, int quantity) {
    return change("Inventory.reserve", productId, quantity);
  }

  @Override
  public boolean release(String productId, int quantity) {
    return change("Inventory.release", productId, quantity);
  }

  @Override
  public boolean sell(String productId, int quantity) {
    return change("Inventory.sell", productId, quantity);
  }

  @Override
  public boolean adjust(String productId, int delta) {
    return em.createNamedQuery("Inventory.adjust")
            .setParameter("delta", delta)
            .setParameter("productId", productId)
            .setParameter("maximum", Inventory.MAX_ON_HAND)
            .executeUpdate()
        == 1;
  }

  private boolean change(String query, String productId, int quantity) {
    return em.createNamedQuery(query)
            .setParameter("quantity", quantity)
            .setParameter("productId", productId)
            .executeUpdate()
        == 1;
  }

  @Override
  public void addAdjustment(InventoryAdjustment adjustment) {
    em.persist(adjustment);
    // The generated id is wanted for the Location of the response.
    em.flush();
  }

  @Override
  public List<InventoryAdjustment> latestAdjustments(String productId, int limit) {
    return em.createNamedQuery("InventoryAdjustment.latest", InventoryAdjustment.class)
        .setParameter("productId", productId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<InventoryAdjustment> findAdjustment(long id) {
    return Optional.ofNullable(em.find(InventoryAdjustment.class, id));
  }
}
