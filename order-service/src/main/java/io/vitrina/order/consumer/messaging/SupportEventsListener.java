package io.vitrina.order.consumer.messaging;

import io.vitrina.order.consumer.domain.ReturnApproved;
import io.vitrina.order.consumer.domain.ReturnReactions;
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
 * Takes support-service's events off {@code vitrina.support} (shared durable subscription {@code
 * order-service-support}, activation spec {@code order-service/SupportEventsListener}) and refunds
 * approved returns; other types are acknowledged and ignored.
 *
 * <p>Not transactional itself: the refund's provider call must happen outside any transaction.
 * {@link ReturnReactions#accept} commits the return with the event's processed mark first; a
 * failure before that commit is rethrown, so the broker redelivers the message (5 times, then the
 * dead-letter address); a failure after it is finished by the reconcile schedule.
 */
@MessageDriven(name = "SupportEventsListener")
@TransactionManagement(TransactionManagementType.CONTAINER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SupportEventsListener implements MessageListener {

  private static final Logger LOG = Logger.getLogger(SupportEventsListener.class.getName());

  @Inject ReturnReactions reactions;

  @Override
  public void onMessage(Message message) {
    CloudEventConsumer.consume(
        message, "vitrina.support process", ReturnApproved.TYPE::equals, this::handle);
  }

  private void handle(Message message, String type) {
    String id = EventMessages.id(message, type);
    ReturnApproved event = ReturnApprovedParser.parse(id, EventMessages.data(message, type, id));
    reactions
        .accept(event)
        .ifPresent(
            refund -> {
              try {
                reactions.refund(refund);
              } catch (RuntimeException e) {
                // The return is committed and its refund recorded: the reconcile schedule
                // finishes it. Redelivering the event would find it processed.
                LOG.warning(
                    () ->
                        "Refund "
                            + refund.id()
                            + " of return "
                            + event.ticketId()
                            + " is left to the reconcile schedule: "
                            + e);
              }
            });
  }
}
