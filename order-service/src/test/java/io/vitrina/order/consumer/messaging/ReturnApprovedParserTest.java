package io.vitrina.order.consumer.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vitrina.order.consumer.domain.ReturnApproved;
import io.vitrina.platform.events.MalformedEventException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReturnApprovedParserTest {

  private static final String ORDER = "0b6a3c1e-1111-4a4a-8b8b-000000000001";
  private static final String PRODUCT = "0b6a3c1e-1111-4a4a-8b8b-000000000002";

  private static JsonObjectBuilder valid() {
    return Json.createObjectBuilder()
        .add("ticketId", "t-1")
        .add("orderId", ORDER)
        .add("customerId", "c-1")
        .add(
            "lines",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("productId", PRODUCT).add("quantity", 2)))
        .add("approvedAt", "2026-11-29T10:00:00Z");
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  @Test
  void shouldReadTheContractsFields() {
    ReturnApproved event = ReturnApprovedParser.parse("e-1", valid().build());
    assertEquals("e-1", event.eventId());
    assertEquals("t-1", event.ticketId());
    assertEquals(ORDER, event.orderId());
    assertEquals("c-1", event.customerId());
    assertEquals(List.of(new ReturnApproved.Line(PRODUCT, 2)), event.lines());
    assertEquals(Instant.parse("2026-11-29T10:00:00Z"), event.approvedAt());
  }

  @Test
  void shouldRejectDataThatBreaksTheContract() {
    for (JsonObject broken :
        List.of(
            valid().remove("orderId").build(),
            valid().add("orderId", "not-a-uuid").build(),
            valid().add("lines", Json.createArrayBuilder()).build(),
            valid().add("lines", Json.createArrayBuilder().add(1)).build(),
            json(
                "{\"ticketId\":\"t\",\"orderId\":\""
                    + ORDER
                    + "\",\"customerId\":\"c\",\"lines\":[{\"productId\":\""
                    + PRODUCT
                    + "\",\"quantity\":1.5}],\"approvedAt\":\"2026-11-29T10:00:00Z\"}"),
            valid()
                .add(
                    "lines",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("productId", PRODUCT)
                                .add("quantity", 0)))
                .build(),
            valid().add("approvedAt", "yesterday").build())) {
      assertThrows(
          MalformedEventException.class,
          () -> ReturnApprovedParser.parse("e-1", broken),
          broken.toString());
    }
  }
}
