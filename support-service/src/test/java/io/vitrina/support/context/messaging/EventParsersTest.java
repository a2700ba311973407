package io.vitrina.support.context.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vitrina.platform.events.MalformedEventException;
import io.vitrina.support.context.domain.CustomerEvent;
import io.vitrina.support.context.domain.OrderEvent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventParsersTest {

  private static final Instant TIME = Instant.parse("2026-03-01T09:00:00Z");
  private static final String ORDER = "00000000-0000-4000-8000-0000000000a1";
  private static final String PRODUCT = "00000000-0000-4000-8000-0000000000b1";
  private static final String USER = "00000000-0000-4000-8000-0000000000c1";

  private static JsonObject placed(int quantity) {
    return Json.createObjectBuilder()
        .add("orderId", ORDER)
        .add("customerId", USER)
        .add(
            "lines",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("productId", PRODUCT)
                        .add("sku", "SKU-1")
                        .add("quantity", quantity)
                        .add("unitPrice", 9.5)
                        .add("currency", "EUR")))
        .add("total", 19)
        .add("currency", "EUR")
        .add("placedAt", TIME.toString())
        .build();
  }

  @Test
  void shouldReadOrderPlacedWithItsLines() {
    OrderEvent event = OrderEventParser.parse("e-1", OrderEvent.PLACED, TIME, placed(2));
    assertEquals(ORDER, event.orderId());
    assertEquals(USER, event.customerId());
    assertEquals(1, event.lines().size());
    assertEquals(TIME, event.at());
  }

  @Test
  void shouldRejectALineWithoutUnits() {
    assertThrows(
        MalformedEventException.class,
        () -> OrderEventParser.parse("e-1", OrderEvent.PLACED, TIME, placed(0)));
  }

  @Test
  void shouldReadTheOptionalTicketOfARefund() {
    JsonObject refunded =
        Json.createObjectBuilder()
            .add("orderId", ORDER)
            .add("customerId", USER)
            .add("refundedAt", TIME.toString())
            .build();
    assertNull(OrderEventParser.parse("e", OrderEvent.REFUNDED, TIME, refunded).ticketId());
    String ticket = "00000000-0000-4000-8000-0000000000d1";
    assertEquals(
        ticket,
        OrderEventParser.parse(
                "e",
                OrderEvent.REFUNDED,
                TIME,
                Json.createObjectBuilder(refunded).add("ticketId", ticket).build())
            .ticketId());
  }

  @Test
  void shouldRejectAStatusThatIsNoOrderStatus() {
    JsonObject changed =
        Json.createObjectBuilder()
            .add("orderId", ORDER)
            .add("customerId", USER)
            .add("from", "SHIPPED")
            .add("to", "LOST")
            .add("changedAt", TIME.toString())
            .build();
    assertThrows(
        MalformedEventException.class,
        () -> OrderEventParser.parse("e", OrderEvent.STATUS_CHANGED, TIME, changed));
  }

  @Test
  void shouldReadUserEvents() {
    CustomerEvent registered =
        UserEventParser.parse(
            "e",
            CustomerEvent.REGISTERED,
            TIME,
            Json.createObjectBuilder()
                .add("userId", USER)
                .add("email", "ann@example.com")
                .add("displayName", "Ann")
                .add("registeredAt", TIME.toString())
                .build());
    assertEquals("ACTIVE", registered.status());
    CustomerEvent deleted =
        UserEventParser.parse(
            "e",
            CustomerEvent.DELETED,
            TIME,
            Json.createObjectBuilder()
                .add("userId", USER)
                .add("deletedAt", TIME.toString())
                .build());
    assertEquals(USER, deleted.userId());
    assertThrows(
        MalformedEventException.class,
        () ->
            UserEventParser.parse(
                "e",
                CustomerEvent.DELETED,
                TIME,
                Json.createObjectBuilder().add("userId", "not-a-uuid").build()));
  }
}
