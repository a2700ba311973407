package io.vitrina.catalog.it;

import io.vitrina.contracts.EventContracts;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import java.time.Instant;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * The broker the build started, reached with a plain Artemis JMS client as an integrator or
 * order-service would: the connection details come from the vitrina.broker.* system properties.
 */
final class Broker implements AutoCloseable {

  static final String ORDERS = "vitrina.orders";
  static final String CATALOG = "vitrina.catalog";
  static final String DEAD_LETTERS = "DLQ";

  private final ActiveMQConnectionFactory factory;
  final JMSContext context;

  Broker() {
    factory =
        new ActiveMQConnectionFactory(
            "tcp://"
                + System.getProperty("vitrina.broker.host")
                + ":"
                + System.getProperty("vitrina.broker.port"),
            System.getProperty("vitrina.broker.user"),
            System.getProperty("vitrina.broker.password"));
    context = factory.createContext();
  }

  /**
   * Sends an order event as order-service's CloudEventPublisher does: JSON with ce_* properties.
   */
  void publishOrderEvent(String id, String type, String orderId, String json) throws JMSException {
    // What catalog is fed must be what order-service promises: the contract checks it first.
    EventContracts.check(type, json);
    send(id, type, orderId, json);
  }

  /** Sends a message that breaks the contract on purpose, as a poison message would. */
  void publishMalformedOrderEvent(String id, String type, String orderId, String body)
      throws JMSException {
    send(id, type, orderId, body);
  }

  private void send(String id, String type, String orderId, String json) throws JMSException {
    TextMessage message = context.createTextMessage(json);
    message.setStringProperty("ce_specversion", "1.0");
    message.setStringProperty("ce_id", id);
    message.setStringProperty("ce_source", "/vitrina/order-service");
    message.setStringProperty("ce_type", type);
    message.setStringProperty("ce_time", Instant.now().toString());
    message.setStringProperty("ce_subject", orderId);
    message.setStringProperty("ce_datacontenttype", "application/json");
    message.setJMSType(type);
    message.setJMSCorrelationID(id);
    context.createProducer().send(context.createTopic(ORDERS), message);
  }

  @Override
  public void close() {
    context.close();
    factory.close();
  }
}
