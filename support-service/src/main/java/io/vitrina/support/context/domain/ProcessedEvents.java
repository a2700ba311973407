package io.vitrina.support.context.domain;

import java.time.Instant;

/**
 * The ids of the events already applied. Implementations join the caller's transaction, so an event
 * is marked if and only if its effect commits.
 */
public interface ProcessedEvents {

  /**
   * Marks an event processed, unless it already is.
   *
   * @return true when this call marked it; false for a duplicate
   */
  boolean mark(String eventId, String type, Instant processedAt);
}
