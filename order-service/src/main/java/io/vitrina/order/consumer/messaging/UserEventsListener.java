package io.vitrina.order.consumer.messaging;

import io.vitrina.order.consumer.domain.UserDeletions;
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
import java.util.regex.Pattern;

/**
 * Takes user-service's events off {@code vitrina.users} (shared durable subscription {@code
 * order-service-users}, activation spec {@code order-service/UserEventsListener}) and forgets
 * deleted accounts ({@code user.deleted} {@code {userId, deletedAt}}); other types are acknowledged
 * and ignored. Each delivery is one XA transaction over the broker and the database: acknowledged
 * if and only if its effect and processed mark commit; a failure is rethrown for the broker to
 * redeliver.
 */
@MessageDriven(name = "UserEventsListener")
@TransactionManagement(TransactionManagementType.CONTAINER)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class UserEventsListener implements MessageListener {

  private static final Logger LOG = Logger.getLogger(UserEventsListener.class.getName());

  private static final Pattern USER_ID = Pattern.compile("[\\x21-\\x7E]{1,64}");

  @Inject UserDeletions deletions;

  @Override
  public void onMessage(Message message) {
    CloudEventConsumer.consume(
        message, "vitrina.users process", UserDeletions.TYPE::equals, this::handle);
  }

  private void handle(Message message, String type) {
    String id = EventMessages.id(message, type);
    String userId =
        EventMessages.text(EventMessages.data(message, type, id), "userId", USER_ID, type, id);
    if (deletions.forget(id, userId)) {
      LOG.info(() -> "Forgot the cart and shipping addresses of deleted user " + userId);
    }
  }
}
