package io.vitrina.order.idempotency.persistence;

import io.vitrina.order.idempotency.domain.IdempotencyStore;
import io.vitrina.order.idempotency.domain.StoredRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Keys in {@code idempotency_keys}. The claim is one {@code INSERT IGNORE}: a free key inserts a
 * row; a taken one inserts nothing, and a key another transaction has just inserted makes this one
 * wait on the primary key until that transaction ends — so of two concurrent requests exactly one
 * claims the key, and the other then reads its claim.
 */
@ApplicationScoped
public class JpaIdempotencyStore implements IdempotencyStore {

  private static final String IN_PROGRESS = "IN_PROGRESS";
  private static final String COMPLETED = "COMPLETED";

  @PersistenceContext(unitName = "vitrina")
  EntityManager em;

  @Override
  public boolean claim(String customerId, String key, String requestHash, Instant now) {
    return em.createNativeQuery(
                "INSERT IGNORE INTO idempotency_keys"
                    + " (customer_id, idem_key, request_hash, state, created_at)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5)")
            .setParameter(1, customerId)
            .setParameter(2, key)
            .setParameter(3, requestHash)
            .setParameter(4, IN_PROGRESS)
            .setParameter(5, utc(now))
            .executeUpdate()
        == 1;
  }

  @Override
  public void attachOrder(String customerId, String key, String orderId) {
    em.createNativeQuery(
            "UPDATE idempotency_keys SET order_id = ?1"
                + " WHERE customer_id = ?2 AND idem_key = ?3 AND state = ?4")
        .setParameter(1, orderId)
        .setParameter(2, customerId)
        .setParameter(3, key)
        .setParameter(4, IN_PROGRESS)
        .executeUpdate();
  }

  @Override
  public Optional<StoredRequest> find(String customerId, String key) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT request_hash, state, response_status, response_type, response_body,"
                    + " order_id, created_at FROM idempotency_keys"
                    + " WHERE customer_id = ?1 AND idem_key = ?2 FOR UPDATE")
            .setParameter(1, customerId)
            .setParameter(2, key)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = rows.get(0);
    return Optional.of(
        new StoredRequest(
            (String) row[0],
            COMPLETED.equals(row[1]),
            row[2] == null ? 0 : ((Number) row[2]).intValue(),
            (String) row[3],
            (String) row[4],
            (String) row[5],
            instant(row[6])));
  }

  @Override
  public boolean takeOver(String customerId, String key, Instant staleBefore, Instant now) {
    return em.createNativeQuery(
                "UPDATE idempotency_keys SET created_at = ?1"
                    + " WHERE customer_id = ?2 AND idem_key = ?3 AND state = ?4 AND created_at < ?5")
            .setParameter(1, utc(now))
            .setParameter(2, customerId)
            .setParameter(3, key)
            .setParameter(4, IN_PROGRESS)
            .setParameter(5, utc(staleBefore))
            .executeUpdate()
        == 1;
  }

  @Override
  public void complete(
      String customerId,
      String key,
      int status,
      String contentType,
      String body,
      String orderId,
      Instant now) {
    em.createNativeQuery(
            "UPDATE idempotency_keys SET state = ?1, response_status = ?2, response_type = ?3,"
                + " response_body = ?4, order_id = ?5, completed_at = ?6"
                + " WHERE customer_id = ?7 AND idem_key = ?8")
        .setParameter(1, COMPLETED)
        .setParameter(2, status)
        .setParameter(3, contentType)
        .setParameter(4, body)
        .setParameter(5, orderId)
        .setParameter(6, utc(now))
        .setParameter(7, customerId)
        .setParameter(8, key)
        .executeUpdate();
  }

  @Override
  public void release(String customerId, String key) {
    em.createNativeQuery(
            "DELETE FROM idempotency_keys WHERE customer_id = ?1 AND idem_key = ?2 AND state = ?3")
        .setParameter(1, customerId)
        .setParameter(2, key)
        .setParameter(3, IN_PROGRESS)
        .executeUpdate();
  }

  @Override
  public int purgeBefore(Instant cutoff, int limit) {
    return em.createNativeQuery("DELETE FROM idempotency_keys WHERE created_at < ?1 LIMIT ?2")
        .setParameter(1, utc(cutoff))
        .setParameter(2, limit)
        .executeUpdate();
  }

  /** As every DATETIME(6) of this schema: UTC wall time. */
  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(Object value) {
    if (value instanceof LocalDateTime local) {
      return local.toInstant(ZoneOffset.UTC);
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    throw new IllegalStateException("Unexpected DATETIME value " + value);
  }
}
