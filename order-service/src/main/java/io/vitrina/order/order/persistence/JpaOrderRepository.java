package io.vitrina.order.order.persistence;

import io.vitrina.order.order.domain.Order;
import io.vitrina.order.order.domain.OrderQuery;
import io.vitrina.order.order.domain.OrderRepository;
import io.vitrina.order.order.domain.OrderStatus;
import io.vitrina.order.order.domain.OrderStatusChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
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

  @Override
  public Page search(OrderQuery query) {
    CriteriaBuilder cb = em.getCriteriaBuilder();

    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<Order> counted = count.from(Order.class);
    count.select(cb.count(counted)).where(filters(cb, counted, query));
    long total = em.createQuery(count).getSingleResult();
    if (total == 0 || query.offset() >= total) {
      return new Page(List.of(), total);
    }

    CriteriaQuery<Order> select = cb.createQuery(Order.class);
    Root<Order> order = select.from(Order.class);
    select
        .select(order)
        .where(filters(cb, order, query))
        .orderBy(cb.desc(order.get("placedAt")), cb.desc(order.get("id")));
    List<Order> page =
        em.createQuery(select)
            .setFirstResult(query.offset())
            .setMaxResults(query.size())
            .getResultList();
    return new Page(page, total);
  }

  private static Predicate[] filters(CriteriaBuilder cb, Root<Order> order, OrderQuery query) {
    List<Predicate> predicates = new ArrayList<>();
    if (query.customerId() != null) {
      predicates.add(cb.equal(order.get("customerId"), query.customerId()));
    }
    if (!query.statuses().isEmpty()) {
      predicates.add(order.get("status").in(query.statuses()));
    }
    if (query.placedFrom() != null) {
      predicates.add(cb.greaterThanOrEqualTo(order.get("placedAt"), query.placedFrom()));
    }
    if (query.placedTo() != null) {
      predicates.add(cb.lessThan(order.get("placedAt"), query.placedTo()));
    }
    return predicates.toArray(Predicate[]::new);
  }

  @Override
  public List<String> dueForExpiry(Instant now, int limit) {
    return em.createNamedQuery("Order.dueForExpiry", String.class)
        .setParameter("status", OrderStatus.PENDING_PAYMENT)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<String> idsOfCustomer(String customerId) {
    return em.createQuery(
            "SELECT o.id FROM CustomerOrder o WHERE o.customerId = :customerId", String.class)
        .setParameter("customerId", customerId)
        .getResultList();
  }
}
