package io.vitrina.support.context.domain;

import java.time.Instant;

/**
 * A {@code user.registered}, {@code user.updated} or {@code user.deleted} as the read model needs
 * it: {@code time} is the event's CloudEvents time; a deletion carries no data.
 */
public record CustomerEvent(
    String eventId,
    String type,
    Instant time,
    String userId,
    String displayName,
    String email,
    String status) {

  public static final String REGISTERED = "user.registered";
  public static final String UPDATED = "user.updated";
  public static final String DELETED = "user.deleted";

  public boolean deletion() {
    return DELETED.equals(type);
  }

  /** Applies the event to the customer's snapshot. */
  public void applyTo(CustomerSnapshot snapshot) {
    if (deletion()) {
      snapshot.delete(time);
    } else {
      snapshot.describe(displayName, email, status, time);
    }
  }
}
