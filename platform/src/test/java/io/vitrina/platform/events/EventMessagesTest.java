package io.vitrina.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EventMessagesTest {

  private static final String TYPE = "order.paid";
  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private final Map<String, String> properties = new HashMap<>();

  @Test
  void shouldReadTheCloudEventsAttributes() throws Exception {
    properties.put("ce_id", "e-1");
    properties.put("ce_type", TYPE);
    properties.put("ce_time", "2026-11-29T10:00:00.123Z");
    TextMessage message = text("{}");

    assertEquals(TYPE, EventMessages.type(message));
    assertEquals("e-1", EventMessages.id(message, TYPE));
    assertEquals(
        Instant.parse("2026-11-29T10:00:00.123Z"), EventMessages.time(message, TYPE, "e-1"));
  }

  @Test
  void shouldReadNoTypeAsNull() throws Exception {
    assertNull(EventMessages.type(text("{}")));
  }

  @Test
  void shouldRejectAnIdThatCannotBeADedupeKey() throws Exception {
    for (String id : new String[] {null, "", "with space", "é", "x".repeat(201)}) {
      properties.put("ce_id", id);
      TextMessage message = text("{}");

      MalformedEventException rejected =
          assertThrows(MalformedEventException.class, () -> EventMessages.id(message, TYPE));
      assertEquals(TYPE + " without a valid ce_id", rejected.getMessage());
    }
    properties.put("ce_id", "x".repeat(200));
    assertEquals("x".repeat(200), EventMessages.id(text("{}"), TYPE));
  }

  @Test
  void shouldRejectAMissingOrUnreadableTime() throws Exception {
    TextMessage message = text("{}");
    assertEquals(
        TYPE + " e-1: no ce_time",
        assertThrows(MalformedEventException.class, () -> EventMessages.time(message, TYPE, "e-1"))
            .getMessage());

    properties.put("ce_time", "yesterday");
    assertEquals(
        TYPE + " e-1: ce_time is not an RFC 3339 time",
        assertThrows(MalformedEventException.class, () -> EventMessages.time(message, TYPE, "e-1"))
            .getMessage());
  }

  @Test
  void shouldReadTheDataAsAJsonObject() throws Exception {
    JsonObject data = EventMessages.data(text("{\"orderId\":\"o-1\"}"), TYPE, "e-1");

    assertEquals("o-1", data.getString("orderId"));
  }

  @Test
  void shouldRejectABodyThatIsNotAJsonObject() throws Exception {
    Map<String, String> cases = new HashMap<>();
    cases.put("[1,2]", "the body is not a JSON object");
    cases.put("\"text\"", "the body is not a JSON object");
    cases.put("{not json", "the body is not JSON");
    cases.put(null, "no body");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      TextMessage message = text(c.getKey());

      MalformedEventException rejected =
          assertThrows(
              MalformedEventException.class, () -> EventMessages.data(message, TYPE, "e-1"));
      assertEquals(TYPE + " e-1: " + c.getValue(), rejected.getMessage());
    }
  }

  @Test
  void shouldRejectAMessageThatIsNotText() {
    MalformedEventException rejected =
        assertThrows(
            MalformedEventException.class,
            () -> EventMessages.data(mock(BytesMessage.class), TYPE, "e-1"));

    assertEquals(TYPE + " e-1: not a JMS TextMessage", rejected.getMessage());
  }

  @Test
  void shouldTakeAnUnreadableMessageForTheBrokersFaultNotTheEvents() throws Exception {
    Message broken = mock(Message.class);
    when(broken.getStringProperty(anyString())).thenThrow(new JMSException("session closed"));
    TextMessage unreadable = mock(TextMessage.class);
    when(unreadable.getText()).thenThrow(new JMSException("session closed"));

    assertInstanceOf(
        JMSException.class,
        assertThrows(IllegalStateException.class, () -> EventMessages.type(broken)).getCause());
    assertThrows(IllegalStateException.class, () -> EventMessages.data(unreadable, TYPE, "e-1"));
  }

  @Test
  void shouldReadTextsThatMatch() {
    JsonObject data =
        Json.createObjectBuilder()
            .add("orderId", "0b6a3c1e-1111-4a4a-8b8b-000000000001")
            .add("ticketId", "t-1")
            .add("nothing", Json.createValue(1))
            .addNull("none")
            .build();

    assertEquals(
        "0b6a3c1e-1111-4a4a-8b8b-000000000001",
        EventMessages.text(data, "orderId", UUID, TYPE, "e-1"));
    assertEquals("t-1", EventMessages.optionalText(data, "ticketId", EventMessages.ANY, TYPE, "e"));
    assertNull(EventMessages.optionalText(data, "absent", EventMessages.ANY, TYPE, "e-1"));
    assertNull(EventMessages.optionalText(data, "none", EventMessages.ANY, TYPE, "e-1"));
    for (String name : List.of("ticketId", "nothing", "none", "absent")) {
      MalformedEventException rejected =
          assertThrows(
              MalformedEventException.class,
              () -> EventMessages.text(data, name, UUID, TYPE, "e-1"));
      assertEquals(TYPE + " e-1: " + name + " is missing or not valid", rejected.getMessage());
    }
    assertThrows(
        MalformedEventException.class,
        () -> EventMessages.optionalText(data, "nothing", EventMessages.ANY, TYPE, "e-1"));
  }

  @Test
  void shouldReadInstantsOfTheData() {
    JsonObject data =
        Json.createObjectBuilder()
            .add("paidAt", "2026-11-29T10:00:00Z")
            .add("late", "tomorrow")
            .build();

    assertEquals(
        Instant.parse("2026-11-29T10:00:00Z"), EventMessages.instant(data, "paidAt", TYPE, "e-1"));
    assertTrue(
        assertThrows(
                MalformedEventException.class,
                () -> EventMessages.instant(data, "late", TYPE, "e-1"))
            .getMessage()
            .endsWith("late is not an RFC 3339 time"));
    assertThrows(
        MalformedEventException.class, () -> EventMessages.instant(data, "absent", TYPE, "e-1"));
  }

  private TextMessage text(String body) throws Exception {
    TextMessage message = mock(TextMessage.class);
    when(message.getText()).thenReturn(body);
    when(message.getStringProperty(anyString()))
        .thenAnswer(call -> properties.get(call.<String>getArgument(0)));
    return message;
  }
}
