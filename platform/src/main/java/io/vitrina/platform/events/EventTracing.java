package io.vitrina.platform.events;

import jakarta.jms.Message;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Carries the W3C trace context of the code that publishes an event to the code that consumes it,
 * so that one trace follows an order from the REST request that placed it through every service
 * that reacted to its events.
 *
 * <p>The publisher writes the current context as the CloudEvents distributed-tracing attributes
 * {@code traceparent} and {@code tracestate}, as message properties {@code ce_traceparent} and
 * {@code ce_tracestate} like every other attribute. A consumer continues it with {@link #consume}:
 * a CONSUMER span whose parent is the publisher's span, current while the event is handled (a REST
 * call made meanwhile carries it on). Without a valid current span — OpenTelemetry disabled, the
 * default locally — nothing is written, and consuming starts a span of its own.
 */
public final class EventTracing {
  static final String PROPERTY_PREFIX = "ce_";

  private static final Logger LOG = Logger.getLogger(EventTracing.class.getName());
  private static volatile boolean available = true;

  private EventTracing() {}

  /** Writes the current trace context into the message's properties, if there is one. */
  public static void inject(Message message) {
    if (available) {
      try {
        OpenTelemetryTracing.inject(message);
      } catch (LinkageError notVisible) {
        unavailable(notVisible);
      }
    }
  }

  /**
   * Starts the span of handling one event, child of the publisher's span, and makes it current
   * until the returned consumption is closed.
   *
   * @param name the span's name, e.g. {@code "vitrina.orders process"}
   * @param eventType the event's type, kept as the span attribute {@code cloudevents.event_type}
   */
  public static Consumption consume(Message message, String name, String eventType) {
    if (available) {
      try {
        return OpenTelemetryTracing.consume(message, name, eventType);
      } catch (LinkageError notVisible) {
        unavailable(notVisible);
      }
    }
    return Consumption.NONE;
  }

  private static void unavailable(LinkageError error) {
    available = false;
    LOG.log(
        Level.INFO,
        "The OpenTelemetry API is not visible to this application: events carry no trace context",
        error);
  }

  /** The handling of one event, as a span; closing ends it. */
  public interface Consumption extends AutoCloseable {
    /** No tracing: nothing to mark or end. */
    Consumption NONE =
        new Consumption() {
          @Override
          public void failed(Throwable error) {}

          @Override
          public void close() {}
        };

    /** Marks the handling as failed; the exception is recorded on the span. */
    void failed(Throwable error);

    @Override
    void close();
  }
}
