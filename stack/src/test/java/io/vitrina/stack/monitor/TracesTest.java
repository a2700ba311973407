package io.vitrina.stack.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TracesTest {
  /** Two traces as Zipkin's API answers them: a checkout and, later, the payment. */
  static final String ZIPKIN_ANSWER =
      """
      [
        [
          {"traceId":"bbbb","id":"b1","name":"post /api/orders/{id}/payments","kind":"SERVER",
           "timestamp":1700000010000000,"duration":80000,"localEndpoint":{"serviceName":"order-service"}},
          {"traceId":"bbbb","id":"b2","parentId":"b1","name":"publish order.paid","kind":"PRODUCER",
           "timestamp":1700000010050000,"duration":1000,"localEndpoint":{"serviceName":"order-service"},
           "tags":{"cloudevents.event_type":"order.paid","cloudevents.event_subject":"o-1"}}
        ],
        [
          {"traceId":"aaaa","id":"a3","parentId":"a2","name":"vitrina.catalog process","kind":"CONSUMER",
           "timestamp":1700000000300000,"duration":20000,"localEndpoint":{"serviceName":"catalog-service"},
           "tags":{"cloudevents.event_type":"order.placed","error":"boom"}},
          {"traceId":"aaaa","id":"a1","name":"post /api/orders","kind":"SERVER",
           "timestamp":1700000000000000,"duration":250000,"localEndpoint":{"serviceName":"order-service"}},
          {"traceId":"aaaa","id":"a2","parentId":"a1","name":"publish order.placed","kind":"PRODUCER",
           "timestamp":1700000000200000,"duration":1000,"localEndpoint":{"serviceName":"order-service"}}
        ]
      ]
      """;

  @Test
  void shouldLayOutEachTraceOldestFirstWithItsSpansInStartOrder() {
    JsonArray traces =
        Traces.summarise(Json.createReader(new StringReader(ZIPKIN_ANSWER)).readArray());

    assertEquals(2, traces.size());
    JsonObject checkout = traces.getJsonObject(0);
    assertEquals("aaaa", checkout.getString("traceId"));
    assertEquals("post /api/orders", checkout.getString("root"));
    assertEquals(
        List.of("order-service", "catalog-service"),
        checkout
            .getJsonArray("services")
            .getValuesAs(v -> ((jakarta.json.JsonString) v).getString()));
    assertEquals(320.0, checkout.getJsonNumber("durationMillis").doubleValue(), 1e-9);
    assertEquals("/zipkin/traces/aaaa", checkout.getString("zipkinPath"));
    JsonArray spans = checkout.getJsonArray("spans");
    assertEquals(0, spans.getJsonObject(0).getInt("depth"));
    assertEquals(1, spans.getJsonObject(1).getInt("depth"));
    JsonObject consumer = spans.getJsonObject(2);
    assertEquals(2, consumer.getInt("depth"));
    assertEquals("catalog-service", consumer.getString("service"));
    assertEquals("order.placed", consumer.getString("event"));
    assertEquals(300.0, consumer.getJsonNumber("offsetMillis").doubleValue(), 1e-9);
    assertTrue(consumer.getBoolean("error"));
    assertFalse(spans.getJsonObject(0).getBoolean("error"));
    assertEquals("bbbb", traces.getJsonObject(1).getString("traceId"));
  }

  @Test
  void shouldTakeIdsAndRefuseQueries() {
    assertTrue(Traces.isSubject("3f2a9c4e-0d7b-4c55-9a61-1b2f3e4d5c6b"));
    assertTrue(Traces.isSubject("order:42"));
    assertFalse(Traces.isSubject(null));
    assertFalse(Traces.isSubject(""));
    assertFalse(Traces.isSubject("a and b=c"));
    assertFalse(Traces.isSubject("x".repeat(101)));
    assertFalse(Traces.isSubject("<script>"));
  }
}
