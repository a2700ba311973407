package io.vitrina.order.consumer.domain;

import java.time.Instant;

/**
 * The ids of the events already acted on. Implementations join the caller's transaction, so an
 * event is marked if and only if its effect commits.
 */
public interface ProcessedEvents {

  /**
   * Marks an event processed, unless it already is; waits for another transaction marking the same
   * id.
   *
   * @return true when this call marked it; false for a duplicate
   */
  boolean mark(String eventId, String type, Instant processedAt);

  /** Forgets at most {@code limit} events processed before {@code cutoff}; how many it forgot. */
  int purgeBefore(Instant cutoff, int limit);
}
