package io.vitrina.platform.events;

/**
 * A consumed event that breaks its contract: no valid {@code ce_id} or {@code ce_time}, a body that
 * is not a JSON object, data the consumer cannot read. Thrown out of the message-driven bean, so
 * that the broker retries it and then moves it to the dead-letter address.
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
