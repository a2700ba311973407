package io.vitrina.support.context.domain;

/**
 * An event that breaks its contract. Thrown out of the listener, so that the broker retries it and
 * then moves it to the dead-letter address.
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
