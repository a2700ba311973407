package io.vitrina.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Processed event ids in the service's {@code processed_events (event_id, event_type,
 * processed_at)}, which each consuming service creates in its own migrations (event_id an ASCII
 * primary key of 200, processed_at a UTC DATETIME(6) with an index). Native SQL, so no entity is
 * listed in any persistence.xml, and a service without consumers never touches the table.
 *
 * <p>The mark is one {@code INSERT IGNORE}: a new id inserts a row; an id already there inserts
 * nothing, and an id another transaction has just inserted makes this one wait on the key until
 * that transaction ends. Unlike a failed insert, an ignored one does not doom the transaction, so a
 * duplicate is acknowledged, not redelivered.
 */
@ApplicationScoped
public class JpaProcessedEvents implements ProcessedEvents {

  @PersistenceContext(unitName = "vitrina")
  EntityManager em;

  @Override
  public boolean mark(String eventId, String type, Instant processedAt) {
    return em.createNativeQuery(
                "INSERT IGNORE INTO processed_events (event_id, event_type, processed_at)"
                    + " VALUES (?1, ?2, ?3)")
            .setParameter(1, eventId)
            .setParameter(2, type)
            .setParameter(3, utc(processedAt))
            .executeUpdate()
        == 1;
  }

  @Override
  public int purgeBefore(Instant cutoff, int limit) {
    return em.createNativeQuery("DELETE FROM processed_events WHERE processed_at < ?1 LIMIT ?2")
        .setParameter(1, utc(cutoff))
        .setParameter(2, limit)
        .executeUpdate();
  }

  /** As every DATETIME(6) of the services' schemas: UTC wall time. */
  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
