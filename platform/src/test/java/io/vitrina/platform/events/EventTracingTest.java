package io.vitrina.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import jakarta.jms.Message;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventTracingTest {
  private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String SPAN = "00f067aa0ba902b7";

  private final Map<String, String> properties = new HashMap<>();

  @Test
  void shouldWriteTheCurrentTraceAsCloudEventsAttributes() throws Exception {
    Message message = message();
    try (Scope ignored = currentSpan().makeCurrent()) {
      EventTracing.inject(message);
    }

    assertEquals("00-" + TRACE + "-" + SPAN + "-01", properties.get("ce_traceparent"));
  }

  @Test
  void shouldWriteNothingWithoutATrace() throws Exception {
    EventTracing.inject(message());

    assertTrue(properties.isEmpty(), properties.toString());
  }

  @Test
  void shouldContinueThePublishersTraceWhenConsuming() throws Exception {
    Message message = message();
    try (Scope ignored = currentSpan().makeCurrent()) {
      EventTracing.inject(message);
    }

    try (EventTracing.Consumption consumption =
        EventTracing.consume(message, "vitrina.orders process", "order.paid")) {
      SpanContext current = Span.current().getSpanContext();
      assertEquals(TRACE, current.getTraceId());
      consumption.failed(new IllegalStateException("recorded, not thrown"));
    }
    assertFalse(Span.current().getSpanContext().isValid(), "the scope is closed");
  }

  @Test
  void shouldIgnoreAMalformedTraceParent() throws Exception {
    Message message = message();
    properties.put("ce_traceparent", "00-not-a-trace-01");

    assertFalse(Span.fromContext(OpenTelemetryTracing.extract(message)).getSpanContext().isValid());
  }

  private static Span currentSpan() {
    return Span.wrap(
        SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(), TraceState.getDefault()));
  }

  private Message message() throws Exception {
    return MessageStub.over(properties);
  }
}
