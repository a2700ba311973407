package io.vitrina.support.context.messaging;

import io.vitrina.platform.events.CloudEventConsumer;
import io.vitrina.platform.events.EventMessages;
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

  @Inject ReadModel readModel;

  @Override
  public void onMessage(Message message) {
    CloudEventConsumer.consume(
        message, "vitrina.orders process", OrderEventsListener::handles, this::handle);
  }

  private void handle(Message message, String type) {
    String id = EventMessages.id(message, type);
    Instant time = EventMessages.time(message, type, id);
    OrderEvent event =
        OrderEventParser.parse(id, type, time, EventMessages.data(message, type, id));
    readModel.apply(event);
  }

  static boolean handles(String type) {
    return OrderEvent.TYPES.contains(type);
  }
}
