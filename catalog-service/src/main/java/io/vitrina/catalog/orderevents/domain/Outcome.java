package io.vitrina.catalog.orderevents.domain;

import java.util.Locale;

/** What became of a consumed event; the {@code outcome} tag of the consumed-events metric. */
public enum Outcome {
  /** Its reaction changed reservations or stock. */
  PROCESSED,
  /** Its id was processed before: nothing changed a second time. */
  DUPLICATE,
  /** Taken off the topic with nothing to do: a type catalog does not react to, an unknown order. */
  IGNORED,
  /** Its delivery failed and rolled back; the broker redelivers it or moves it to the DLQ. */
  FAILED;

  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
