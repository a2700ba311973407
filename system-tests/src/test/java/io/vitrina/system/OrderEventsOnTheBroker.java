package io.vitrina.system;

import static org.awaitility.Awaitility.await;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Enumeration;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * order-service's event topic as the tests see it from outside, with a plain Artemis JMS client and
 * the broker the build started (the {@code vitrina.broker.*} system properties): they watch the
 * real events of an order go by, publish one of them a second time exactly as it was, and put a
 * message that breaks the contract on one consumer's subscription.
 */
final class OrderEventsOnTheBroker implements AutoCloseable {
  static final String ORDERS = "vitrina.orders";
  static final String CATALOG_SUBSCRIPTION = "catalog-service";

  private final ActiveMQConnectionFactory factory;
  private final JMSContext context;

  OrderEventsOnTheBroker() {
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
   * Starts watching the events of one type about one order; only what is published afterwards is
   * seen (a non-durable subscription of the topic, beside the consumers' own).
   */
  JMSConsumer watch(String orderId, String type) {
    return context.createConsumer(
        context.createTopic(ORDERS), "ce_subject = '" + orderId + "' AND ce_type = '" + type + "'");
  }

  /** The next event the watch sees, as order-service published it. */
  static TextMessage next(JMSConsumer watch) {
    AtomicReference<Message> seen = new AtomicReference<>();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              seen.set(watch.receive(1_000));
              return seen.get() != null;
            });
    return (TextMessage) seen.get();
  }

  /**
   * Publishes an event on the topic a second time, as a publisher retrying a send or the broker
   * redelivering would: the same body, the same CloudEvents attributes, the same JMS type and
   * correlation id. With {@code newId}, it is instead a different event of the same content.
   */
  void publishAgain(TextMessage original, String newId) throws JMSException {
    TextMessage copy = context.createTextMessage(original.getText());
    Enumeration<?> names = original.getPropertyNames();
    while (names.hasMoreElements()) {
      String name = (String) names.nextElement();
      // The broker's own bookkeeping is not part of the event.
      if (!name.startsWith("_AMQ") && !name.startsWith("JMSX")) {
        copy.setObjectProperty(name, original.getObjectProperty(name));
      }
    }
    copy.setJMSType(original.getJMSType());
    copy.setJMSCorrelationID(original.getJMSCorrelationID());
    if (newId != null) {
      copy.setStringProperty("ce_id", newId);
      copy.setJMSCorrelationID(newId);
    }
    context.createProducer().send(context.createTopic(ORDERS), copy);
  }

  /**
   * Puts a message with the CloudEvents attributes of an order event and any body on catalog's
   * subscription alone (its fully qualified queue name), so that no other consumer sees it.
   */
  void sendToCatalog(String id, String type, String orderId, String body) throws JMSException {
    TextMessage message = context.createTextMessage(body);
    message.setStringProperty("ce_specversion", "1.0");
    message.setStringProperty("ce_id", id);
    message.setStringProperty("ce_source", "/vitrina/order-service");
    message.setStringProperty("ce_type", type);
    message.setStringProperty("ce_time", Instant.now().toString());
    message.setStringProperty("ce_subject", orderId);
    message.setStringProperty("ce_datacontenttype", "application/json");
    message.setJMSType(type);
    message.setJMSCorrelationID(id);
    context
        .createProducer()
        .send(context.createTopic(ORDERS + "::" + CATALOG_SUBSCRIPTION), message);
  }

  @Override
  public void close() {
    context.close();
    factory.close();
  }
}
