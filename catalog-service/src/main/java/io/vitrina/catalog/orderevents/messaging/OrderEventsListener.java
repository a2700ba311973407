package io.vitrina.catalog.orderevents.messaging;

import io.vitrina.catalog.orderevents.domain.ConsumedEventMetrics;
import io.vitrina.catalog.orderevents.domain.OrderEvent;
import io.vitrina.catalog.orderevents.domain.OrderEventReactions;
import io.vitrina.catalog.orderevents.domain.Outcome;
import io.vitrina.platform.events.CloudEventConsumer;
import io.vitrina.platform.events.EventMessages;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
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

  private static final Logger LOG = Logger.getLogger(OrderEventsListener.class.getName());

  @Inject OrderEventReactions reactions;
  @Inject ConsumedEventMetrics metrics;

  @Override
  public void onMessage(Message message) {
    // Every type is taken in, so that the ignored ones are counted too.
    CloudEventConsumer.consume(message, "vitrina.orders process", type -> true, this::handle);
  }

  private void handle(Message message, String type) {
    ConsumedEventMetrics.Delivery delivery = metrics.delivery(type);
    if (!OrderEventParser.handles(type)) {
      String id = EventMessages.property(message, EventMessages.CE_ID);
      if (type != null && OrderEvent.CONTRACT_TYPES.contains(type)) {
        LOG.fine(
            () -> "Ignored event " + id + " of type " + type + ": catalog does not react to it");
      } else {
        LOG.info(() -> "Ignored event " + id + " of unknown type " + type);
      }
      delivery.outcome(Outcome.IGNORED);
      return;
    }
    delivery.outcome(reactions.react(OrderEventParser.parse(message, type)));
  }
}
