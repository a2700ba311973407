package io.vitrina.platform.events;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Every use of the OpenTelemetry API by {@link EventTracing}, so that it loads only when used. */
final class OpenTelemetryTracing {
  private static final String INSTRUMENTATION = "io.vitrina.platform.events";

  private static final TextMapSetter<Message> SETTER =
      (message, key, value) -> {
        try {
          message.setStringProperty(EventTracing.PROPERTY_PREFIX + key, value);
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
              if (property.startsWith(EventTracing.PROPERTY_PREFIX)) {
                keys.add(property.substring(EventTracing.PROPERTY_PREFIX.length()));
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
            return message.getStringProperty(EventTracing.PROPERTY_PREFIX + key);
          } catch (JMSException e) {
            return null;
          }
        }
      };

  private OpenTelemetryTracing() {}

  /**
   * Records the send as a PRODUCER span, child of the current one, carrying the event's id, type
   * and subject, and writes that span's context into the message: the consumer's span becomes its
   * child, and a trace can be found by the subject (an order's id) in any tracing back end. With
   * tracing off the span is not recording and only a valid parent's context is passed on.
   */
  static void inject(Message message) {
    Span span =
        tracer()
            .spanBuilder("publish " + property(message, CloudEventAttributes.TYPE))
            .setParent(Context.current())
            .setSpanKind(SpanKind.PRODUCER)
            .setAttribute("messaging.system", "activemq")
            .setAttribute("messaging.operation.type", "send")
            .setAttribute("cloudevents.event_id", property(message, CloudEventAttributes.ID))
            .setAttribute("cloudevents.event_type", property(message, CloudEventAttributes.TYPE))
            .setAttribute(
                "cloudevents.event_subject", property(message, CloudEventAttributes.SUBJECT))
            .startSpan();
    try {
      if (span.getSpanContext().isValid()) {
        W3CTraceContextPropagator.getInstance()
            .inject(Context.current().with(span), message, SETTER);
      }
    } finally {
      span.end();
    }
  }

  /** A CloudEvents attribute of the message, or the empty string. */
  private static String property(Message message, String name) {
    try {
      String value = message.getStringProperty(name);
      return value == null ? "" : value;
    } catch (JMSException e) {
      return "";
    }
  }

  static Context extract(Message message) {
    return W3CTraceContextPropagator.getInstance().extract(Context.root(), message, GETTER);
  }

  static EventTracing.Consumption consume(Message message, String name, String eventType) {
    Span span =
        tracer()
            .spanBuilder(name)
            .setParent(extract(message))
            .setSpanKind(SpanKind.CONSUMER)
            .setAttribute("messaging.system", "activemq")
            .setAttribute("messaging.operation.type", "process")
            .setAttribute("cloudevents.event_type", eventType == null ? "" : eventType)
            .setAttribute("cloudevents.event_id", property(message, CloudEventAttributes.ID))
            .setAttribute(
                "cloudevents.event_subject", property(message, CloudEventAttributes.SUBJECT))
            .startSpan();
    Scope scope = span.makeCurrent();
    return new EventTracing.Consumption() {
      @Override
      public void failed(Throwable error) {
        span.recordException(error);
        span.setStatus(StatusCode.ERROR);
      }

      @Override
      public void close() {
        scope.close();
        span.end();
      }
    };
  }

  /**
   * The runtime's tracer (MicroProfile Telemetry makes it a CDI bean); outside a container, the
   * global one, which by default only carries the parent's context on.
   */
  private static Tracer tracer() {
    try {
      Instance<Tracer> tracers = CDI.current().select(Tracer.class);
      if (tracers.isResolvable()) {
        return tracers.get();
      }
    } catch (IllegalStateException noContainer) {
      // A unit test, or a thread CDI does not know: the global tracer will do.
    }
    return GlobalOpenTelemetry.getTracer(INSTRUMENTATION);
  }
}
