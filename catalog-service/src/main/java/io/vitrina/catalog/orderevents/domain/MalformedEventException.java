package io.vitrina.catalog.orderevents.domain;

/**
 * An event that breaks its contract: no id, a body that is not the JSON its type promises. Thrown
 * so that the delivery fails: redelivery cannot mend it, and the broker moves it to the dead-letter
 * address once its delivery attempts are spent, where an operator can look at it.
 */
public class MalformedEventException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MalformedEventException(String message) {
    super(message);
  }

  public MalformedEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
