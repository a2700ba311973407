package io.vitrina.platform.events;

import java.time.Instant;

/**
 * The ids of the events a service has already acted on, in its own {@code processed_events} table.
 * Implementations join the caller's transaction, so an event is marked if and only if its effect
 * commits: a consumer marks the event first and applies it only when the mark is new.
 */
public interface ProcessedEvents {

  /**
   * Marks an event processed, unless it already is. When another transaction is marking the same
   * id, waits for it: true only for the one that commits first.
   *
   * @return true when this call marked it; false when it was marked before (a duplicate)
   */
  boolean mark(String eventId, String type, Instant processedAt);

  /** Forgets at most {@code limit} events processed before {@code cutoff}; how many it forgot. */
  int purgeBefore(Instant cutoff, int limit);
}
