package io.vitrina.support.it;

import jakarta.jms.JMSContext;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * The broker the build started, reached with a plain Artemis JMS client as an integrator or
 * order-service would: the connection details come from the vitrina.broker.* system properties.
 */
final class Broker implements AutoCloseable {

  static final String SUPPORT = "vitrina.support";

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

  @Override
  public void close() {
    context.close();
    factory.close();
  }
}
