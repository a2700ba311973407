package io.vitrina.catalog.orderevents.persistence;

import io.vitrina.catalog.orderevents.domain.RestockedRefunds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * {@code restocked_refunds}, one {@code INSERT IGNORE} per mark: a refund already there inserts
 * nothing and does not doom the transaction, and one another transaction has just inserted makes
 * this one wait on the key until that transaction ends.
 */
@ApplicationScoped
public class JpaRestockedRefunds implements RestockedRefunds {

  @PersistenceContext(unitName = "vitrina")
  EntityManager em;

  @Override
  public boolean mark(String refundId, String orderId, Instant restockedAt) {
    return em.createNativeQuery(
                "INSERT IGNORE INTO restocked_refunds (refund_id, order_id, restocked_at)"
                    + " VALUES (?1, ?2, ?3)")
            .setParameter(1, refundId)
            .setParameter(2, orderId)
            .setParameter(3, LocalDateTime.ofInstant(restockedAt, ZoneOffset.UTC))
            .executeUpdate()
        == 1;
  }
}
