package io.vitrina.support.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.support.ticket.domain.Caller;
import io.vitrina.support.ticket.domain.TicketRepository;
import io.vitrina.support.ticket.domain.TicketService;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An event leaves if and only if its transaction commits: a ticket's row and its ticket.opened
 * message, a return decision and its return.approved message, are in one XA transaction over the
 * datasource and the Artemis resource adapter.
 */
@ExtendWith(ArquillianExtension.class)
class EventPublishedOnlyOnCommitArquillianIT {

  private static final long QUIET_MS = 3_000;

  @Deployment
  static WebArchive deployment() {
    return Deployments.supportService(EventPublishedOnlyOnCommitArquillianIT.class);
  }

  @Inject TicketService tickets;
  @Inject TicketRepository repository;
  @Inject UserTransaction transaction;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry synchronizations;

  @Resource(lookup = "jms/vitrinaConnectionFactory")
  ConnectionFactory connectionFactory;

  @Resource(lookup = "jms/supportEvents")
  Topic supportEvents;

  @Test
  void shouldPublishNothingAndStoreNothingWhenTheCommitFails() throws Exception {
    String customer = Fixtures.customerId();
    String subscription = subscribe();
    transaction.begin();
    String id = tickets.open(Caller.customer(customer), Fixtures.inquiry("never")).id();
    synchronizations.registerInterposedSynchronization(new FailingBeforeCompletion());
    assertThrows(RollbackException.class, transaction::commit);

    assertTrue(findOutsideTransaction(id) == null, "no row after a failed commit");
    assertNull(first(subscription, "ticket.opened", text -> text.contains(customer)));
  }

  @Test
  void shouldPublishAndStoreWhenTheCommitSucceeds() throws Exception {
    String customer = Fixtures.customerId();
    String subscription = subscribe();
    transaction.begin();
    String id = tickets.open(Caller.customer(customer), Fixtures.inquiry("committed")).id();
    transaction.commit();

    assertNotNull(findOutsideTransaction(id), "row after commit");
    TextMessage event = first(subscription, "ticket.opened", text -> text.contains(customer));
    assertNotNull(event, "event after commit");
    assertEquals(id, event.getStringProperty("ce_subject"));
  }

  @Test
  void shouldPublishAReturnApprovalOnlyWhenTheDecisionCommits() throws Exception {
    String customer = Fixtures.customerId();
    String orderId = Fixtures.uuid();
    String productId = Fixtures.uuid();
    String id =
        tickets
            .open(
                Caller.customer(customer),
                Fixtures.returnOf(orderId, productId, 1),
                Fixtures.deliveredOrder(orderId, customer, productId, 1))
            .id();
    String subscription = subscribe();
    Caller agent = Caller.agent("agent-" + UUID.randomUUID());

    transaction.begin();
    tickets.decideReturn(agent, id, true);
    synchronizations.registerInterposedSynchronization(new FailingBeforeCompletion());
    assertThrows(RollbackException.class, transaction::commit);
    // The failed approval left the return pending: it can be approved for real.
    tickets.decideReturn(agent, id, true);

    TextMessage approved = first(subscription, "return.approved", text -> text.contains(orderId));
    assertNotNull(approved);
    assertNull(
        first(subscription, "return.approved", text -> text.contains(orderId)),
        "exactly one approval was published");
  }

  private Object findOutsideTransaction(String id) throws Exception {
    transaction.begin();
    try {
      return repository.find(id).orElse(null);
    } finally {
      transaction.rollback();
    }
  }

  private String subscribe() {
    String name = "arquillian-" + UUID.randomUUID();
    try (JMSContext jms = connectionFactory.createContext()) {
      jms.createSharedDurableConsumer(supportEvents, name).close();
    }
    return name;
  }

  /**
   * The first message of the type whose body matches, or null when none arrives within a quiet
   * time; the subscription stays for a later call.
   */
  private TextMessage first(String subscription, String type, Predicate<String> body)
      throws JMSException {
    try (JMSContext jms = connectionFactory.createContext();
        JMSConsumer consumer = jms.createSharedDurableConsumer(supportEvents, subscription)) {
      long deadline = System.currentTimeMillis() + QUIET_MS;
      while (System.currentTimeMillis() < deadline) {
        Message message = consumer.receive(Math.max(1, deadline - System.currentTimeMillis()));
        if (message instanceof TextMessage text
            && type.equals(text.getStringProperty("ce_type"))
            && body.test(text.getText())) {
          return text;
        }
      }
      return null;
    }
  }

  /** Fails the commit after all the transaction's work is done, as a failing resource would. */
  private static final class FailingBeforeCompletion implements Synchronization {
    @Override
    public void beforeCompletion() {
      throw new IllegalStateException("commit refused by the test");
    }

    @Override
    public void afterCompletion(int status) {}
  }
}
