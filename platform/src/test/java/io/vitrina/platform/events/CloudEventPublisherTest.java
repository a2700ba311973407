package io.vitrina.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.json.bind.Jsonb;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class CloudEventPublisherTest {

  private final ConnectionFactory factory = mock(ConnectionFactory.class);
  private final JMSContext context = mock(JMSContext.class);
  private final JMSProducer producer = mock(JMSProducer.class);
  private final TextMessage message = mock(TextMessage.class);
  private final TransactionSynchronizationRegistry transactions =
      mock(TransactionSynchronizationRegistry.class);
  private final Topic topic = mock(Topic.class);
  private final Jsonb jsonb = mock(Jsonb.class);
  private CloudEventPublisher publisher;

  @BeforeEach
  void setUp() {
    publisher = new CloudEventPublisher();
    publisher.connectionFactory = factory;
    publisher.transactions = transactions;
    publisher.source = "/vitrina/test-service";
    publisher.clock = Clock.fixed(Instant.parse("2026-11-29T10:15:30.123Z"), ZoneOffset.UTC);
    // No JSON-B implementation on the test class path: the body is the serialiser's output.
    publisher.jsonb = jsonb;
    when(jsonb.toJson(org.mockito.ArgumentMatchers.any())).thenReturn("{\"id\":\"42\"}");
    when(factory.createContext()).thenReturn(context);
    when(context.createProducer()).thenReturn(producer);
    when(context.createTextMessage(anyString())).thenReturn(message);
  }

  @Test
  void shouldRefuseToPublishOutsideATransaction() {
    when(transactions.getTransactionStatus()).thenReturn(Status.STATUS_NO_TRANSACTION);
    assertThrows(
        IllegalStateException.class,
        () -> publisher.publish(topic, "thing.happened", "42", Map.of("a", 1)));
    verify(factory, never()).createContext();
  }

  @Test
  void shouldRefuseToPublishInATransactionMarkedForRollback() {
    when(transactions.getTransactionStatus()).thenReturn(Status.STATUS_MARKED_ROLLBACK);
    assertThrows(
        IllegalStateException.class,
        () -> publisher.publish(topic, "thing.happened", "42", Map.of("a", 1)));
  }

  @Test
  void shouldSendJsonWithCloudEventsAttributesInsideATransaction() throws Exception {
    when(transactions.getTransactionStatus()).thenReturn(Status.STATUS_ACTIVE);

    String id = publisher.publish(topic, "thing.happened", "42", new Payload("42", "hello"));

    ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
    verify(context).createTextMessage(body.capture());
    assertEquals("{\"id\":\"42\"}", body.getValue());
    verify(jsonb).toJson(new Payload("42", "hello"));
    verify(message).setStringProperty("ce_specversion", "1.0");
    verify(message).setStringProperty("ce_id", id);
    verify(message).setStringProperty("ce_source", "/vitrina/test-service");
    verify(message).setStringProperty("ce_type", "thing.happened");
    verify(message).setStringProperty("ce_subject", "42");
    verify(message).setStringProperty("ce_time", "2026-11-29T10:15:30.123Z");
    verify(message).setStringProperty("ce_datacontenttype", "application/json");
    verify(message).setJMSType("thing.happened");
    verify(message).setJMSCorrelationID(id);
    verify(producer).send(topic, message);
    verify(context).close();
  }

  /** An event payload as services write them. */
  public record Payload(String id, String text) {}
}
