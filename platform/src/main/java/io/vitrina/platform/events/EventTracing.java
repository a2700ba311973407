package io.vitrina.platform.events;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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

  private static final TextMapSetter<Message> SETTER =
      (message, key, value) -> {
        try {
          message.setStringProperty(PROPERTY_PREFIX + key, value);
        } catch (JMSException e) {
          throw new IllegalStateException("Could not set the trace property " + key, e);
        }
      };

  private static final TextMapGetter<Message> GETTER =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Message message) {
          List<String> keys = new ArrayList<>();
          try {
            for (Object name : Collections.list(message.getPropertyNames())) {
              String property = String.valueOf(name);
              if (property.startsWith(PROPERTY_PREFIX)) {
                keys.add(property.substring(PROPERTY_PREFIX.length()));
              }
            }
          } catch (JMSException e) {
            return List.of();
          }
          return keys;
        }

        @Override
        public String get(Message message, String key) {
          if (message == null) {
            return null;
          }
          try {
            return message.getStringProperty(PROPERTY_PREFIX + key);
          } catch (JMSException e) {
            return null;
          }
        }
      };

  private EventTracing() {}

  /** Writes the current trace context into the message's properties, if there is one. */
  public static void inject(Message message) {
    if (Span.current().getSpanContext().isValid()) {
      W3CTraceContextPropagator.getInstance().inject(Context.current(), message, SETTER);
    }
  }

  /** The context the message carries: the publisher's span as a remote parent, or the root. */
  public static Context extract(Message message) {
    return W3CTraceContextPropagator.getInstance().extract(Context.root(), message, GETTER);
  }

  /**
   * Starts the span of handling one event, child of the publisher's span, and makes it current.
   *
   * @param name the span's name, e.g. {@code "vitrina.orders process"}
   * @param eventType the event's type, kept as the span attribute {@code cloudevents.event_type}
   */
  public static Consumption consume(Tracer tracer, Message message, String name, String eventType) {
    Span span =
        tracer
            .spanBuilder(name)
            .setParent(extract(message))
            .setSpanKind(SpanKind.CONSUMER)
            .setAttribute("messaging.system", "activemq")
            .setAttribute("cloudevents.event_type", eventType == null ? "" : eventType)
            .startSpan();
    return new Consumption(span, span.makeCurrent());
  }

  /** The span of one event's handling; closing ends it. */
  public static final class Consumption implements AutoCloseable {
    private final Span span;
    private final Scope scope;

    Consumption(Span span, Scope scope) {
      this.span = span;
      this.scope = scope;
    }

    public Span span() {
      return span;
    }

    /** Marks the handling as failed; the exception is recorded on the span. */
    public void failed(Throwable error) {
      span.recordException(error);
      span.setStatus(io.opentelemetry.api.trace.StatusCode.ERROR);
    }

    @Override
    public void close() {
      scope.close();
      span.end();
    }
  }
}
