package io.vitrina.catalog.orderevents.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.vitrina.catalog.orderevents.domain.OrderEvent;
import io.vitrina.catalog.orderevents.domain.OrderEvent.OrderCancelled;
import io.vitrina.catalog.orderevents.domain.OrderEvent.OrderPaid;
import io.vitrina.catalog.orderevents.domain.OrderEvent.OrderRefunded;
import io.vitrina.catalog.orderevents.domain.OrderEvent.RefundedLine;
import io.vitrina.platform.events.EventMessages;
import io.vitrina.platform.events.MalformedEventException;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderEventParserTest {

  private static final String ID = "0b6f3c1e-8d4a-4b59-9a8e-2f0c5d7e9a11";
  private static final String ORDER = "7d0c2b8e-1a3f-4c5d-8e9f-0a1b2c3d4e5f";
  private static final String PRODUCT = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";

  /** Reads the event as the listener does: off a message with this id and body. */
  private static OrderEvent parse(String id, String type, String body) throws JMSException {
    TextMessage message = mock(TextMessage.class);
    when(message.getStringProperty(EventMessages.CE_ID)).thenReturn(id);
    when(message.getText()).thenReturn(body);
    return OrderEventParser.parse(message, type);
  }

  private static String refunded(String restockAndLines) {
    return "{\"orderId\":\""
        + ORDER
        + "\",\"customerId\":\"c\",\"refundId\":\"r-1\",\"amount\":19.99,\"currency\":\"EUR\","
        + restockAndLines
        + ",\"refundedAt\":\"2026-03-01T10:00:00Z\"}";
  }

  @Test
  void shouldReadAPaidOrder() throws Exception {
    OrderEvent event =
        parse(
            ID,
            "order.paid",
            "{\"orderId\":\""
                + ORDER
                + "\",\"customerId\":\"c\",\"paymentId\":\"p\",\"amount\":19.99,"
                + "\"currency\":\"EUR\",\"paidAt\":\"2026-03-01T10:00:00Z\"}");

    assertEquals(new OrderPaid(ID, ORDER), event);
    assertEquals("order.paid", event.type());
  }

  @Test
  void shouldReadACancelledOrderWithOrWithoutAReason() throws Exception {
    assertEquals(
        new OrderCancelled(ID, ORDER, "changed my mind"),
        parse(
            ID,
            "order.cancelled",
            "{\"orderId\":\"" + ORDER + "\",\"reason\":\"changed my mind\"}"));
    assertEquals(
        new OrderCancelled(ID, ORDER, null),
        parse(ID, "order.cancelled", "{\"orderId\":\"" + ORDER + "\"}"));
  }

  @Test
  void shouldReadARefundWithRestockAndItsLines() throws Exception {
    OrderEvent event =
        parse(
            ID,
            "order.refunded",
            refunded(
                "\"restock\":true,\"lines\":[{\"productId\":\"" + PRODUCT + "\",\"quantity\":2}]"));

    assertEquals(
        new OrderRefunded(ID, ORDER, "r-1", true, List.of(new RefundedLine(PRODUCT, 2))), event);
  }

  @Test
  void shouldReadARefundWithoutRestockEvenWithoutLines() throws Exception {
    OrderRefunded event =
        (OrderRefunded) parse(ID, "order.refunded", refunded("\"restock\":false"));

    assertFalse(event.restock());
    assertTrue(event.lines().isEmpty());
  }

  @Test
  void shouldHandleOnlyTheThreeTypesCatalogReactsTo() {
    assertTrue(OrderEventParser.handles("order.paid"));
    assertTrue(OrderEventParser.handles("order.cancelled"));
    assertTrue(OrderEventParser.handles("order.refunded"));
    assertFalse(OrderEventParser.handles("order.placed"));
    assertFalse(OrderEventParser.handles("order.status-changed"));
    assertFalse(OrderEventParser.handles("something.else"));
    assertFalse(OrderEventParser.handles(null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{not json",
        "",
        "[]",
        "\"text\"",
        "{}",
        "{\"orderId\":42}",
        "{\"orderId\":\"\"}",
        "{\"orderId\":\"has space\"}",
        "{\"orderId\":\"0123456789012345678901234567890123456789012345678901234567890123456789\"}"
      })
  void shouldRejectAPaidOrderWhoseDataBreakTheContract(String body) throws Exception {
    assertThrows(MalformedEventException.class, () -> parse(ID, "order.paid", body));
  }

  @Test
  void shouldRejectAnEventWithoutAUsableId() throws Exception {
    String body = "{\"orderId\":\"" + ORDER + "\"}";
    assertThrows(MalformedEventException.class, () -> parse(null, "order.paid", body));
    assertThrows(MalformedEventException.class, () -> parse("", "order.paid", body));
    assertThrows(MalformedEventException.class, () -> parse("ïd-1", "order.paid", body));
    assertThrows(MalformedEventException.class, () -> parse("x".repeat(201), "order.paid", body));
    assertThrows(MalformedEventException.class, () -> parse(ID, "order.paid", null));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"restock\":\"yes\",\"lines\":[]",
        "\"lines\":[]",
        "\"restock\":true",
        "\"restock\":true,\"lines\":{}",
        "\"restock\":true,\"lines\":[42]",
        "\"restock\":true,\"lines\":[{\"productId\":\"p\",\"quantity\":1}]",
        "\"restock\":true,\"lines\":[{\"productId\":\"" + PRODUCT + "\",\"quantity\":0}]",
        "\"restock\":true,\"lines\":[{\"productId\":\"" + PRODUCT + "\",\"quantity\":1.5}]",
        "\"restock\":true,\"lines\":[{\"productId\":\"" + PRODUCT + "\",\"quantity\":\"2\"}]",
        "\"restock\":true,\"lines\":[{\"productId\":\"" + PRODUCT + "\",\"quantity\":10001}]",
        "\"restock\":true,\"lines\":[{\"productId\":\"" + PRODUCT + "\",\"quantity\":1e12}]",
        "\"restock\":true,\"lines\":[{\"quantity\":1}]"
      })
  void shouldRejectARefundWhoseDataBreakTheContract(String restockAndLines) throws Exception {
    assertThrows(
        MalformedEventException.class,
        () -> parse(ID, "order.refunded", refunded(restockAndLines)));
  }

  @Test
  void shouldRejectARefundWithoutItsRefundId() throws Exception {
    assertThrows(
        MalformedEventException.class,
        () -> parse(ID, "order.refunded", "{\"orderId\":\"" + ORDER + "\",\"restock\":false}"));
  }
}
