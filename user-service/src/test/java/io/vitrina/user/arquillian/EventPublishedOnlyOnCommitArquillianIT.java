package io.vitrina.user.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.user.account.domain.AccountService;
import io.vitrina.user.account.domain.UserRepository;
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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An event leaves if and only if its transaction commits. The registration's row and its
 * user.registered message are in one XA transaction over the datasource and the Artemis resource
 * adapter: when the commit fails, neither exists; when it succeeds, both do.
 */
@ExtendWith(ArquillianExtension.class)
class EventPublishedOnlyOnCommitArquillianIT {

  private static final String PASSWORD = "Correct-Horse-9-Battery";

  /** How long to wait for the barrier: far longer than a delivery takes. */
  private static final long WAIT_MS = 30_000;

  /** The property of the barrier message (no CloudEvents attributes: no service reads it). */
  private static final String BARRIER = "arquillian_barrier";

  @Deployment
  static WebArchive deployment() {
    return Deployments.userService(EventPublishedOnlyOnCommitArquillianIT.class);
  }

  @Inject AccountService accounts;
  @Inject UserRepository users;
  @Inject UserTransaction transaction;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry synchronizations;

  @Resource(lookup = "jms/vitrinaConnectionFactory")
  ConnectionFactory connectionFactory;

  @Resource(lookup = "jms/userEvents")
  Topic userEvents;

  @Test
  void shouldPublishNothingAndStoreNothingWhenTheCommitFails() throws Exception {
    String email = "rollback-" + UUID.randomUUID() + "@example.com";
    String subscription = subscribe();
    transaction.begin();
    accounts.register(email, PASSWORD, "Never committed");
    // The work is done and the message sent inside the transaction; now the commit fails.
    synchronizations.registerInterposedSynchronization(new FailingBeforeCompletion());
    assertThrows(RollbackException.class, transaction::commit);

    assertTrue(findOutsideTransaction(email).isEmpty(), "no row after a failed commit");
    assertNull(registeredFor(subscription, email), "no event after a failed commit");
  }

  @Test
  void shouldPublishAndStoreWhenTheCommitSucceeds() throws Exception {
    String email = "commit-" + UUID.randomUUID() + "@example.com";
    String subscription = subscribe();
    transaction.begin();
    String id = accounts.register(email, PASSWORD, "Committed").id();
    transaction.commit();

    assertTrue(findOutsideTransaction(email).isPresent(), "row after commit");
    TextMessage event = registeredFor(subscription, email);
    assertNotNull(event, "event after commit");
    assertEquals(id, event.getStringProperty("ce_subject"));
  }

  @Test
  void shouldPublishNothingWhenTheTransactionRollsBack() throws Exception {
    String email = "rolledback-" + UUID.randomUUID() + "@example.com";
    String subscription = subscribe();
    transaction.begin();
    accounts.register(email, PASSWORD, "Rolled back");
    transaction.rollback();

    assertTrue(findOutsideTransaction(email).isEmpty());
    assertNull(registeredFor(subscription, email));
  }

  private java.util.Optional<?> findOutsideTransaction(String email) throws Exception {
    transaction.begin();
    try {
      return users.findByEmail(email);
    } finally {
      transaction.rollback();
    }
  }

  /**
   * A durable subscription that keeps what is published from now on. The resource adapter's JMS
   * handles belong to one transaction context, so the subscription is made here and read later with
   * a fresh context rather than held open across the transaction under test.
   */
  private String subscribe() {
    String name = "arquillian-" + UUID.randomUUID();
    try (JMSContext jms = connectionFactory.createContext()) {
      jms.createSharedDurableConsumer(userEvents, name).close();
    }
    return name;
  }

  /** The user.registered message for the email, or null when none arrived before a barrier. */
  private TextMessage registeredFor(String subscription, String email) throws JMSException {
    try (JMSContext jms = connectionFactory.createContext()) {
      try (JMSConsumer consumer = jms.createSharedDurableConsumer(userEvents, subscription)) {
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
              && "user.registered".equals(text.getStringProperty("ce_type"))
              && text.getText().contains(email)) {
            return text;
          }
        }
      } finally {
        jms.unsubscribe(subscription);
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
    jms.createProducer().setProperty(BARRIER, id).send(userEvents, "barrier");
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
