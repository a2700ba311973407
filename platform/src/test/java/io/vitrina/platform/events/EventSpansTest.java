package io.vitrina.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.jms.Message;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With a real tracer: the spans of publishing and consuming one event, and what they carry. */
class EventSpansTest {
  private static final AttributeKey<String> SUBJECT =
      AttributeKey.stringKey("cloudevents.event_subject");
  private static final AttributeKey<String> ID = AttributeKey.stringKey("cloudevents.event_id");
  private static final AttributeKey<String> TYPE = AttributeKey.stringKey("cloudevents.event_type");

  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final Map<String, String> properties = new HashMap<>();

  @BeforeEach
  void installTracer() {
    GlobalOpenTelemetry.resetForTest();
    GlobalOpenTelemetry.set(
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                    .build())
            .build());
  }

  @AfterEach
  void removeTracer() {
    GlobalOpenTelemetry.resetForTest();
  }

  @Test
  void shouldPublishAsAProducerSpanThatTheConsumerContinues() throws Exception {
    Message message = event("order.paid", "order-42", "event-1");
    Span request =
        GlobalOpenTelemetry.getTracer("test").spanBuilder("POST /api/orders").startSpan();
    try (Scope ignored = request.makeCurrent()) {
      EventTracing.inject(message);
    } finally {
      request.end();
    }
    try (EventTracing.Consumption ignored =
        EventTracing.consume(message, "vitrina.orders process", "order.paid")) {
      // handled
    }

    List<SpanData> spans = exporter.getFinishedSpanItems();
    SpanData producer = only(spans, SpanKind.PRODUCER);
    SpanData consumer = only(spans, SpanKind.CONSUMER);
    assertEquals(request.getSpanContext().getSpanId(), producer.getParentSpanId());
    assertEquals(producer.getSpanId(), consumer.getParentSpanId());
    assertEquals(request.getSpanContext().getTraceId(), consumer.getTraceId());
    for (SpanData span : List.of(producer, consumer)) {
      assertEquals("order-42", span.getAttributes().get(SUBJECT), span.getName());
      assertEquals("event-1", span.getAttributes().get(ID), span.getName());
      assertEquals("order.paid", span.getAttributes().get(TYPE), span.getName());
    }
    assertEquals("publish order.paid", producer.getName());
  }

  @Test
  void shouldStartATraceWhenPublishingOutsideOne() throws Exception {
    Message message = event("ticket.updated", "ticket-7", "event-2");

    EventTracing.inject(message);

    SpanData producer = only(exporter.getFinishedSpanItems(), SpanKind.PRODUCER);
    assertEquals(
        "00-" + producer.getTraceId() + "-" + producer.getSpanId() + "-01",
        properties.get("ce_traceparent"));
  }

  private static SpanData only(List<SpanData> spans, SpanKind kind) {
    List<SpanData> matching = spans.stream().filter(s -> s.getKind() == kind).toList();
    assertEquals(1, matching.size(), spans.toString());
    return matching.get(0);
  }

  private Message event(String type, String subject, String id) throws Exception {
    properties.put("ce_type", type);
    properties.put("ce_subject", subject);
    properties.put("ce_id", id);
    return MessageStub.over(properties);
  }
}
