package io.vitrina.platform.events;

import jakarta.jms.Message;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * The body every message-driven bean that consumes CloudEvents shares, so that each one only says
 * which types it handles and what it does with them. One delivery:
 *
 * <ol>
 *   <li>reads the type ({@code ce_type}) and continues the publisher's trace ({@link
 *       EventTracing#consume}) for as long as the event is handled;
 *   <li>acknowledges and ignores a type the consumer does not handle (a topic carries every event
 *       of its publisher);
 *   <li>hands any other event to the consumer's handler, which reads it with {@link EventMessages}
 *       and applies it together with its mark in the service's {@link ProcessedEvents}, in the
 *       delivery's transaction: a redelivered event changes nothing;
 *   <li>rethrows whatever the handler throws — a {@link MalformedEventException} logged as rejected
 *       — after marking the span failed, so that the delivery rolls back and the broker redelivers
 *       it, and after its last try moves it to the dead-letter address.
 * </ol>
 *
 * <p>Not an enterprise bean itself: the message-driven beans stay in the services (a library jar's
 * MDB would appear in every service and bind to a destination it may not have), each with its own
 * activation spec and transaction attribute, and call {@link #consume} from {@code onMessage}.
 */
public final class CloudEventConsumer {

  private static final Logger LOG = Logger.getLogger(CloudEventConsumer.class.getName());

  /** What a consumer does with an event of a type it handles. */
  @FunctionalInterface
  public interface Handler {
    /**
     * Reads, checks and applies one event.
     *
     * @param type the event's type, one the consumer handles
     * @throws MalformedEventException when the event breaks its contract
     */
    void handle(Message message, String type);
  }

  private CloudEventConsumer() {}

  /**
   * Consumes one delivery.
   *
   * @param spanName the trace span's name, {@code "<topic> process"}
   * @param handles whether the consumer reacts to a type; asked with null for a message without
   *     {@code ce_type}
   * @param handler what the consumer does with an event it handles
   * @throws RuntimeException what the handler threw, for the delivery to roll back
   */
  public static void consume(
      Message message, String spanName, Predicate<String> handles, Handler handler) {
    String type = EventMessages.type(message);
    try (EventTracing.Consumption span = EventTracing.consume(message, spanName, type)) {
      try {
        if (!handles.test(type)) {
          LOG.fine(() -> "Ignored an event of type " + type + " (" + spanName + ")");
          return;
        }
        handler.handle(message, type);
      } catch (MalformedEventException e) {
        LOG.warning(() -> "Rejected a malformed event: " + e.getMessage());
        span.failed(e);
        throw e;
      } catch (RuntimeException e) {
        span.failed(e);
        throw e;
      }
    }
  }
}
