package io.vitrina.platform.deadletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

  private static final String ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

  @Test
  void readsTheOwnQueuesFromACommaSeparatedList() {
    assertEquals(
        Set.of("catalog-service", "vitrina.catalog.reports"),
        DeadLetters.ownQueues(" vitrina.catalog.reports , catalog-service,,"));
    assertTrue(DeadLetters.ownQueues("").isEmpty());
  }

  @Test
  void refusesAQueueNameThatCouldEscapeTheSelector() {
    assertThrows(IllegalStateException.class, () -> DeadLetters.ownQueues("a' OR '1'='1"));
    assertThrows(IllegalStateException.class, () -> DeadLetters.ownQueues("a b"));
  }

  @Test
  void selectsOnlyTheServicesOwnQueuesAndOneIdWhenGiven() {
    Set<String> own =
        new java.util.TreeSet<>(List.of("order-service-users", "order-service-support"));
    assertEquals(
        "_AMQ_ORIG_QUEUE IN ('order-service-support', 'order-service-users')",
        DeadLetters.selector(own, null));
    assertEquals(
        "_AMQ_ORIG_QUEUE IN ('order-service-support', 'order-service-users') AND JMSMessageID ="
            + " 'ID:"
            + ID
            + "'",
        DeadLetters.selector(own, ID));
  }

  @Test
  void refusesAnIdThatIsNotOne() {
    Set<String> own = Set.of("q");
    assertThrows(IllegalArgumentException.class, () -> DeadLetters.selector(own, "x' OR 'a'='a"));
    assertFalse(DeadLetters.isId(ID.toUpperCase()));
    assertFalse(DeadLetters.isId(null));
    assertTrue(DeadLetters.isId(ID));
  }

  @Test
  void sendsASubscriptionsDeadLetterToThatSubscriptionAloneAndAWorkQueuesToTheQueue()
      throws Exception {
    Session session = mock(Session.class);
    Topic fqqn = mock(Topic.class);
    Queue queue = mock(Queue.class);
    when(session.createTopic("vitrina.orders::catalog-service")).thenReturn(fqqn);
    when(session.createQueue("vitrina.catalog.reports")).thenReturn(queue);

    assertSame(fqqn, DeadLetters.destination(session, "vitrina.orders", "catalog-service"));
    assertSame(
        queue,
        DeadLetters.destination(session, "vitrina.catalog.reports", "vitrina.catalog.reports"));
    assertThrows(IllegalStateException.class, () -> DeadLetters.destination(session, null, "q"));
  }

  @Test
  void sendsAReplayedDeadLetterBackToItsSubscriptionAgain() throws Exception {
    // A replayed copy went to the fully qualified queue name; dead again, that is its address.
    Session session = mock(Session.class);
    Topic fqqn = mock(Topic.class);
    when(session.createTopic("vitrina.orders::catalog-service")).thenReturn(fqqn);

    assertSame(
        fqqn,
        DeadLetters.destination(session, "vitrina.orders::catalog-service", "catalog-service"));
    assertEquals("vitrina.orders", DeadLetters.address("vitrina.orders::catalog-service"));
    assertEquals("vitrina.orders", DeadLetters.address("vitrina.orders"));
    assertNull(DeadLetters.address(null));
  }

  @Test
  void showsTheAddressAReplayedDeadLetterCameFromWithoutItsQueue() throws Exception {
    TextMessage message = mock(TextMessage.class);
    when(message.getJMSMessageID()).thenReturn("ID:" + ID);
    when(message.getText()).thenReturn("{}");
    when(message.propertyExists("_AMQ_ORIG_ADDRESS")).thenReturn(true);
    when(message.getStringProperty("_AMQ_ORIG_ADDRESS"))
        .thenReturn("vitrina.orders::catalog-service");
    when(message.propertyExists("_AMQ_ORIG_QUEUE")).thenReturn(true);
    when(message.getStringProperty("_AMQ_ORIG_QUEUE")).thenReturn("catalog-service");

    DeadLetter letter = DeadLetters.read(message);

    assertEquals("vitrina.orders", letter.originalAddress());
    assertEquals("catalog-service", letter.originalQueue());
  }

  @Test
  void copiesTheBodyAndTheApplicationsPropertiesAndCountsTheReplay() throws Exception {
    Session session = mock(Session.class);
    TextMessage original = mock(TextMessage.class);
    TextMessage copy = mock(TextMessage.class);
    when(original.getText()).thenReturn("{\"orderId\":\"x\"}");
    when(session.createTextMessage("{\"orderId\":\"x\"}")).thenReturn(copy);
    when(original.getPropertyNames())
        .thenReturn(
            Collections.enumeration(
                List.of(
                    "ce_id",
                    "ce_type",
                    "_AMQ_ORIG_QUEUE",
                    "JMSXDeliveryCount",
                    "vitrina_replays")));
    when(original.getObjectProperty("ce_id")).thenReturn("event-1");
    when(original.getObjectProperty("ce_type")).thenReturn("order.paid");
    when(original.propertyExists("vitrina_replays")).thenReturn(true);
    when(original.getIntProperty("vitrina_replays")).thenReturn(2);
    when(original.getJMSCorrelationID()).thenReturn("event-1");

    assertSame(copy, DeadLetters.copy(session, original));

    verify(copy).setObjectProperty("ce_id", "event-1");
    verify(copy).setObjectProperty("ce_type", "order.paid");
    verify(copy, never())
        .setObjectProperty(
            org.mockito.ArgumentMatchers.eq("_AMQ_ORIG_QUEUE"), org.mockito.ArgumentMatchers.any());
    verify(copy, never())
        .setObjectProperty(
            org.mockito.ArgumentMatchers.eq("JMSXDeliveryCount"),
            org.mockito.ArgumentMatchers.any());
    verify(copy).setIntProperty("vitrina_replays", 3);
    verify(copy).setJMSCorrelationID("event-1");
  }

  @Test
  void readsADeadLetterAndCutsAHugeBody() throws Exception {
    TextMessage message = mock(TextMessage.class);
    when(message.getJMSMessageID()).thenReturn("ID:" + ID);
    when(message.getText()).thenReturn("x".repeat(DeadLetters.MAX_BODY + 10));
    when(message.propertyExists("_AMQ_ORIG_ADDRESS")).thenReturn(true);
    when(message.getStringProperty("_AMQ_ORIG_ADDRESS")).thenReturn("vitrina.orders");
    when(message.propertyExists("ce_type")).thenReturn(true);
    when(message.getStringProperty("ce_type")).thenReturn("order.paid");
    when(message.getJMSTimestamp()).thenReturn(1_000L);

    DeadLetter letter = DeadLetters.read(message);

    assertEquals(ID, letter.id());
    assertEquals("vitrina.orders", letter.originalAddress());
    assertNull(letter.originalQueue());
    assertEquals("order.paid", letter.eventType());
    assertEquals(Instant.ofEpochMilli(1_000), letter.sentAt());
    assertEquals(0, letter.replays());
    assertEquals(DeadLetters.MAX_BODY, letter.body().length());
    assertTrue(letter.truncated());
  }
}
