package io.vitrina.order.order.persistence;

import io.vitrina.order.order.domain.Order;
import io.vitrina.order.order.domain.OrderRepository;
import io.vitrina.order.order.domain.OrderStatusChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Orders in {@code orders}, their lines in {@code order_lines}, their history in {@code
 * order_status_history}.
 */
@ApplicationScoped
public class JpaOrderRepository implements OrderRepository {

  @PersistenceContext(unitName = "vitrina")
  EntityManager em;

  @Override
  public void add(Order order) {
    em.persist(order);
    em.flush();
  }

  @Override
  public Optional<Order> find(String id) {
    return Optional.ofNullable(em.find(Order.class, id));
  }

  @Override
  public Optional<Order> findForUpdate(String id) {
    return Optional.ofNullable(em.find(Order.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<OrderStatusChange> history(String orderId) {
    return em.createNamedQuery("OrderStatusChange.ofOrder", OrderStatusChange.class)
        .setParameter("orderId", orderId)
        .getResultList();
  }
}
