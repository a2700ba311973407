package io.vitrina.catalog.orderevents.messaging;

import io.vitrina.catalog.orderevents.domain.ConsumedEventMetrics;
import io.vitrina.catalog.orderevents.domain.MalformedEventException;
import io.vitrina.catalog.orderevents.domain.OrderEvent;
import io.vitrina.catalog.orderevents.domain.OrderEventReactions;
import io.vitrina.catalog.orderevents.domain.Outcome;
import io.vitrina.platform.events.EventTracing;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;

/**
 * Takes order-service's events off {@code vitrina.orders} (shared durable subscription {@code
 * catalog-service}; the activation spec {@code catalog-service/OrderEventsListener} in server.xml
 * says where) and hands the ones catalog reacts to to {@link OrderEventReactions}.
 *
 * <p>Each delivery is one container-managed XA transaction over the broker and the database: the
 * message is acknowledged if and only if its effect and its processed mark commit. A delivery that
 * fails — a malformed event, a database that is down — is rethrown, rolls back, and the broker
 * redelivers it; after the broker's last attempt it lands on the dead-letter address.
 */
@MessageDriven(name = "OrderEventsListener")
@TransactionManagement(TransactionManagementType.CONTAINER)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class OrderEventsListener implements MessageListener {

  static final String CE_ID = "ce_id";
  static final String CE_TYPE = "ce_type";

  private static final Logger LOG = Logger.getLogger(OrderEventsListener.class.getName());

  @Inject OrderEventReactions reactions;
  @Inject ConsumedEventMetrics metrics;

  @Override
  public void onMessage(Message message) {
    String id = property(message, CE_ID);
    String type = property(message, CE_TYPE);
    try (EventTracing.Consumption span =
        EventTracing.consume(message, "vitrina.orders process", type)) {
      handle(message, id, type, span);
    }
  }

  private void handle(Message message, String id, String type, EventTracing.Consumption span) {
    ConsumedEventMetrics.Delivery delivery = metrics.delivery(type);
    if (!OrderEventParser.handles(type)) {
      if (type != null && OrderEvent.CONTRACT_TYPES.contains(type)) {
        LOG.fine(
            () -> "Ignored event " + id + " of type " + type + ": catalog does not react to it");
      } else {
        LOG.info(() -> "Ignored event " + id + " of unknown type " + type);
      }
      delivery.outcome(Outcome.IGNORED);
      return;
    }
    try {
      OrderEvent event = OrderEventParser.parse(id, type, text(message, type, id));
      delivery.outcome(reactions.react(event));
    } catch (MalformedEventException e) {
      // Rethrown: the broker retries it, then moves it to the dead-letter address.
      LOG.warning(() -> "Rejected a malformed event: " + e.getMessage());
      span.failed(e);
      throw e;
    }
  }

  private static String text(Message message, String type, String id) {
    if (!(message instanceof TextMessage text)) {
      throw new MalformedEventException(type + " " + id + ": not a JMS TextMessage");
    }
    try {
      return text.getText();
    } catch (JMSException e) {
      throw new IllegalStateException("Could not read the body of event " + id, e);
    }
  }

  private static String property(Message message, String name) {
    try {
      return message.getStringProperty(name);
    } catch (JMSException e) {
      throw new IllegalStateException("Could not read the message property " + name, e);
    }
  }
}
