package io.vitrina.support.context.persistence;

import io.vitrina.support.context.domain.CustomerSnapshot;
import io.vitrina.support.context.domain.OrderSnapshot;
import io.vitrina.support.context.domain.ReadModelRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Snapshots in {@code customer_snapshots} and {@code order_snapshots} (lines in {@code
 * order_snapshot_lines}). Events of one customer or order are applied under a row lock, so two
 * replicas applying two of them at once do not lose one.
 */
@ApplicationScoped
public class JpaReadModelRepository implements ReadModelRepository {

  @PersistenceContext(unitName = "vitrina")
  EntityManager em;

  @Override
  public Optional<CustomerSnapshot> customer(String id) {
    return Optional.ofNullable(em.find(CustomerSnapshot.class, id));
  }

  @Override
  public Optional<CustomerSnapshot> customerForUpdate(String id) {
    return Optional.ofNullable(em.find(CustomerSnapshot.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void add(CustomerSnapshot customer) {
    em.persist(customer);
  }

  @Override
  public Optional<OrderSnapshot> order(String id) {
    return Optional.ofNullable(em.find(OrderSnapshot.class, id));
  }

  @Override
  public Optional<OrderSnapshot> orderForUpdate(String id) {
    return Optional.ofNullable(em.find(OrderSnapshot.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void add(OrderSnapshot order) {
    em.persist(order);
  }
}
