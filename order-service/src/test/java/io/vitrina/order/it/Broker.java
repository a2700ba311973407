package io.vitrina.order.it;

import io.vitrina.contracts.EventContracts;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import java.time.Instant;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * The broker the build started, reached with a plain Artemis JMS client as support-service or
 * user-service would publish: connection details from the vitrina.broker.* system properties.
 */
final class Broker implements AutoCloseable {

  static final String SUPPORT = "vitrina.support";
  static final String USERS = "vitrina.users";
  static final String ORDERS = "vitrina.orders";

  private final ActiveMQConnectionFactory factory;
  private final JMSContext context;

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

  /** Sends an event as platform's CloudEventPublisher does: JSON with ce_* properties. */
  void publish(String topic, String source, String id, String type, String subject, String json)
      throws JMSException {
    // What order-service is fed must be what its publishers promise.
    EventContracts.check(type, json);
    TextMessage message = context.createTextMessage(json);
    message.setStringProperty("ce_specversion", "1.0");
    message.setStringProperty("ce_id", id);
    message.setStringProperty("ce_source", source);
    message.setStringProperty("ce_type", type);
    message.setStringProperty("ce_time", Instant.now().toString());
    message.setStringProperty("ce_subject", subject);
    message.setStringProperty("ce_datacontenttype", "application/json");
    context.createProducer().send(context.createTopic(topic), message);
  }

  /** A plain subscription to a topic, from now on. */
  JMSConsumer subscribe(String topic) {
    return context.createConsumer(context.createTopic(topic));
  }

  @Override
  public void close() {
    context.close();
    factory.close();
  }
}
