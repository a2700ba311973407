package io.vitrina.support.ticket.messaging;

import io.vitrina.platform.events.CloudEventPublisher;
import io.vitrina.support.ticket.domain.Ticket;
import io.vitrina.support.ticket.domain.TicketEvents;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Topic;
import java.util.List;

/** Publishes ticket events on the support topic, in the caller's transaction. */
@ApplicationScoped
public class JmsTicketEvents implements TicketEvents {

  static final String OPENED = "ticket.opened";
  static final String UPDATED = "ticket.updated";
  static final String RETURN_APPROVED = "return.approved";

  @Resource(lookup = "jms/supportEvents")
  Topic topic;

  @Inject CloudEventPublisher publisher;

  @Override
  public void opened(Ticket ticket) {
    publisher.publish(topic, OPENED, ticket.id(), TicketOpened.of(ticket));
  }

  @Override
  public void updated(Ticket ticket, List<String> changes) {
    publisher.publish(topic, UPDATED, ticket.id(), TicketUpdated.of(ticket, changes));
  }

  @Override
  public void returnApproved(Ticket ticket) {
    publisher.publish(topic, RETURN_APPROVED, ticket.id(), ReturnApproved.of(ticket));
  }
}
