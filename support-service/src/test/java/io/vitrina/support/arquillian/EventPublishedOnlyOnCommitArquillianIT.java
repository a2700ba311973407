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

  /** How long to wait for the barrier: far longer than a delivery takes. */
  private static final long WAIT_MS = 30_000;

  /** The property of the barrier message (no CloudEvents attributes: no service reads it). */
  private static final String BARRIER = "arquillian_barrier";

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
   * The first message of the type whose body matches, or null when none arrived before a {@link
   * #barrier} sent now; the subscription stays for a later call, which skips this call's barrier.
   */
  private TextMessage first(String subscription, String type, Predicate<String> body)
      throws JMSException {
    try (JMSContext jms = connectionFactory.createContext();
        JMSConsumer consumer = jms.createSharedDurableConsumer(supportEvents, subscription)) {
      String barrier = barrier(jms);
      while (true) {
        Message message = consumer.receive(WAIT_MS);
        if (message == null) {
          throw new AssertionError("the barrier sent after the work did not arrive");
        }
        if (barrier.equals(message.getStringProperty(BARRIER))) {
          return null;
        }
        if (message instanceof TextMessage text
            && type.equals(text.getStringProperty("ce_type"))
            && body.test(text.getText())) {
          return text;
        }
      }
    }
  }

  /**
   * Publishes a barrier to the topic after the work under test: every message that work published
   * was routed to the subscription before it, so reading up to the barrier sees them all, without
   * waiting out a quiet time.
   */
  private String barrier(JMSContext jms) {
    String id = UUID.randomUUID().toString();
    jms.createProducer().setProperty(BARRIER, id).send(supportEvents, "barrier");
    return id;
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
