package io.vitrina.order.payment.persistence;

import io.vitrina.order.payment.domain.Payment;
import io.vitrina.order.payment.domain.PaymentRepository;
import io.vitrina.order.payment.domain.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Charges and refunds in {@code payments}. */
@ApplicationScoped
public class JpaPaymentRepository implements PaymentRepository {

  @PersistenceContext(unitName = "vitrina")
  EntityManager em;

  @Override
  public void add(Payment payment) {
    em.persist(payment);
    em.flush();
  }

  @Override
  public Optional<Payment> find(String id) {
    return Optional.ofNullable(em.find(Payment.class, id));
  }

  @Override
  public List<Payment> unsettledBefore(Instant cutoff, int limit) {
    return em.createNamedQuery("Payment.unsettled", Payment.class)
        .setParameter("statuses", List.of(PaymentStatus.PENDING, PaymentStatus.UNKNOWN))
        .setParameter("cutoff", cutoff)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Payment> ofOrder(String orderId) {
    return em.createNamedQuery("Payment.ofOrder", Payment.class)
        .setParameter("orderId", orderId)
        .getResultList();
  }
}
