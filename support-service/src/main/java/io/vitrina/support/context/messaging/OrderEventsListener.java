package io.vitrina.support.context.messaging;

import io.vitrina.platform.events.EventTracing;
import io.vitrina.support.context.domain.MalformedEventException;
import io.vitrina.support.context.domain.OrderEvent;
import io.vitrina.support.context.domain.ReadModel;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Takes the events of {@code vitrina.orders} (shared durable subscription {@code
 * support-service-orders}, activation spec {@code support-service/OrderEventsListener}) and applies
 * order.placed, order.paid, order.cancelled, order.status-changed and order.refunded into the order
 * snapshots (order.refunded also resolves the approved return ticket it followed); other types are
 * acknowledged and ignored. Each delivery is one XA transaction over the broker and the database:
 * acknowledged if and only if its effect and processed mark commit; a failure (a malformed event
 * too) is rethrown for the broker to redeliver, and after its tries it goes to the dead-letter
 * address.
 */
@MessageDriven(name = "OrderEventsListener")
@TransactionManagement(TransactionManagementType.CONTAINER)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class OrderEventsListener implements MessageListener {

  private static final Logger LOG = Logger.getLogger(OrderEventsListener.class.getName());

  @Inject ReadModel readModel;

  @Override
  public void onMessage(Message message) {
    String type = EventMessages.property(message, EventMessages.CE_TYPE);
    try (EventTracing.Consumption span =
        EventTracing.consume(message, "vitrina.orders process", type)) {
      try {
        handle(message, type);
      } catch (RuntimeException e) {
        span.failed(e);
        throw e;
      }
    }
  }

  private void handle(Message message, String type) {
    if (!handles(type)) {
      LOG.fine(() -> "Ignored an event of type " + type);
      return;
    }
    OrderEvent event;
    try {
      String id = EventMessages.id(message, type);
      Instant time = EventMessages.time(message, type, id);
      event = OrderEventParser.parse(id, type, time, EventMessages.data(message, type, id));
    } catch (MalformedEventException e) {
      LOG.warning(() -> "Rejected a malformed event: " + e.getMessage());
      throw e;
    }
    readModel.apply(event);
  }

  static boolean handles(String type) {
    return OrderEvent.TYPES.contains(type);
  }
}
