package io.vitrina.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CloudEventConsumerTest {

  private static final String SPAN_NAME = "vitrina.orders process";

  private final Map<String, String> properties = new HashMap<>();
  private final List<String> handled = new ArrayList<>();

  @Test
  void shouldHandAHandledTypeToTheHandler() throws Exception {
    properties.put("ce_type", "order.paid");
    properties.put("ce_id", "e-1");
    TextMessage message = message("{\"orderId\":\"o-1\"}");

    consumeOrderPaid(
        message,
        (m, type) -> {
          String id = EventMessages.id(m, type);
          handled.add(type + " " + id + " " + EventMessages.data(m, type, id).getString("orderId"));
        });

    assertEquals(List.of("order.paid e-1 o-1"), handled);
  }

  @Test
  void shouldAcknowledgeAndIgnoreOtherTypes() throws Exception {
    properties.put("ce_type", "order.placed");

    consumeOrderPaid(message("{}"), (m, type) -> handled.add(type));

    assertTrue(handled.isEmpty());
  }

  @Test
  void shouldAskAboutAMessageWithoutAType() throws Exception {
    List<String> asked = new ArrayList<>();

    CloudEventConsumer.consume(
        message("{}"),
        SPAN_NAME,
        type -> {
          asked.add(String.valueOf(type));
          return false;
        },
        (m, type) -> handled.add(type));

    assertEquals(List.of("null"), asked);
    assertTrue(handled.isEmpty());
  }

  @Test
  void shouldRethrowAMalformedEventForTheBrokerToRedeliver() throws Exception {
    properties.put("ce_type", "order.paid");
    properties.put("ce_id", "not valid");
    TextMessage message = message("{}");

    MalformedEventException rejected =
        assertThrows(
            MalformedEventException.class,
            () -> consumeOrderPaid(message, (m, type) -> handled.add(EventMessages.id(m, type))));

    assertEquals("order.paid without a valid ce_id", rejected.getMessage());
    assertTrue(handled.isEmpty());
  }

  @Test
  void shouldRethrowAFailureOfTheEffectUnchanged() throws Exception {
    properties.put("ce_type", "order.paid");
    IllegalStateException down = new IllegalStateException("the database is down");

    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                consumeOrderPaid(
                    message("{}"),
                    (m, type) -> {
                      throw down;
                    }));

    assertSame(down, thrown);
  }

  @Test
  void shouldHandleTheEventInThePublishersTraceAndEndItAfterwards() throws Exception {
    String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
    properties.put("ce_type", "order.paid");
    properties.put("ce_traceparent", "00-" + trace + "-00f067aa0ba902b7-01");
    List<String> traces = new ArrayList<>();

    try (Scope outside =
        Span.wrap(
                SpanContext.create(
                    "0af7651916cd43dd8448eb211c80319c",
                    "b7ad6b7169203331",
                    TraceFlags.getSampled(),
                    TraceState.getDefault()))
            .makeCurrent()) {
      assertThrows(
          IllegalStateException.class,
          () ->
              consumeOrderPaid(
                  message("{}"),
                  (m, type) -> {
                    traces.add(Span.current().getSpanContext().getTraceId());
                    throw new IllegalStateException("recorded on the span, then rethrown");
                  }));
      assertEquals(
          "0af7651916cd43dd8448eb211c80319c", Span.current().getSpanContext().getTraceId());
    }

    assertEquals(List.of(trace), traces);
    assertFalse(Span.current().getSpanContext().isValid());
  }

  /** Consumes as a bean that handles order.paid alone. */
  private static void consumeOrderPaid(TextMessage message, CloudEventConsumer.Handler handler) {
    CloudEventConsumer.consume(message, SPAN_NAME, "order.paid"::equals, handler);
  }

  private TextMessage message(String body) throws Exception {
    TextMessage message = mock(TextMessage.class);
    when(message.getText()).thenReturn(body);
    when(message.getStringProperty(anyString()))
        .thenAnswer(call -> properties.get(call.<String>getArgument(0)));
    when(message.getPropertyNames())
        .thenAnswer(call -> Collections.enumeration(properties.keySet()));
    return message;
  }
}
