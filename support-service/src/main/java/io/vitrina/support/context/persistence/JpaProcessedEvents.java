package io.vitrina.support.context.persistence;

import io.vitrina.support.context.domain.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Processed event ids in {@code processed_events}. The mark is one {@code INSERT IGNORE}: an
 * ignored insert does not doom the transaction, so a duplicate is acknowledged, not redelivered.
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
            .setParameter(3, LocalDateTime.ofInstant(processedAt, ZoneOffset.UTC))
            .executeUpdate()
        == 1;
  }
}
