package io.vitrina.support.context.messaging;

import io.vitrina.platform.events.CloudEventConsumer;
import io.vitrina.platform.events.EventMessages;
import io.vitrina.support.context.domain.CustomerEvent;
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
 * Takes the events of {@code vitrina.users} (shared durable subscription {@code
 * support-service-users}, activation spec {@code support-service/UserEventsListener}) and applies
 * user.registered, user.updated and user.deleted into the customer snapshots (user.deleted also
 * anonymises the customer's tickets); other types are acknowledged and ignored. Each delivery is
 * one XA transaction over the broker and the database: acknowledged if and only if its effect and
 * processed mark commit; a failure (a malformed event too) is rethrown for the broker to redeliver,
 * and after its tries it goes to the dead-letter address.
 */
@MessageDriven(name = "UserEventsListener")
@TransactionManagement(TransactionManagementType.CONTAINER)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class UserEventsListener implements MessageListener {

  @Inject ReadModel readModel;

  @Override
  public void onMessage(Message message) {
    CloudEventConsumer.consume(
        message, "vitrina.users process", UserEventsListener::handles, this::handle);
  }

  private void handle(Message message, String type) {
    String id = EventMessages.id(message, type);
    Instant time = EventMessages.time(message, type, id);
    CustomerEvent event =
        UserEventParser.parse(id, type, time, EventMessages.data(message, type, id));
    readModel.apply(event);
  }

  static boolean handles(String type) {
    return CustomerEvent.REGISTERED.equals(type)
        || CustomerEvent.UPDATED.equals(type)
        || CustomerEvent.DELETED.equals(type);
  }
}
