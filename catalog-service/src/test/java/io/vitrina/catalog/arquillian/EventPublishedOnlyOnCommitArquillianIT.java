package io.vitrina.catalog.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.catalog.category.domain.CategoryService;
import io.vitrina.catalog.inventory.domain.InventoryService;
import io.vitrina.catalog.product.domain.Product;
import io.vitrina.catalog.product.domain.ProductRepository;
import io.vitrina.catalog.product.domain.ProductService;
import io.vitrina.catalog.product.domain.ProductStatus;
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
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An event leaves if and only if its transaction commits. A product's row and its product.created
 * message, a stock adjustment and its inventory.changed message, are in one XA transaction over the
 * datasource and the Artemis resource adapter: when the commit fails, neither exists; when it
 * succeeds, both do.
 */
@ExtendWith(ArquillianExtension.class)
class EventPublishedOnlyOnCommitArquillianIT {

  /** How long to wait for the barrier: far longer than a delivery takes. */
  private static final long WAIT_MS = 30_000;

  /** The property of the barrier message (no CloudEvents attributes: no service reads it). */
  private static final String BARRIER = "arquillian_barrier";

  @Deployment
  static WebArchive deployment() {
    return Deployments.catalogService(EventPublishedOnlyOnCommitArquillianIT.class);
  }

  @Inject CategoryService categories;
  @Inject ProductService products;
  @Inject ProductRepository productRepository;
  @Inject InventoryService inventory;
  @Inject UserTransaction transaction;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry synchronizations;

  @Resource(lookup = "jms/vitrinaConnectionFactory")
  ConnectionFactory connectionFactory;

  @Resource(lookup = "jms/catalogEvents")
  Topic catalogEvents;

  @Test
  void shouldPublishNothingAndStoreNothingWhenTheCommitFails() throws Exception {
    String categoryId = Fixtures.rootCategory(categories).id();
    String sku = Fixtures.sku();
    String subscription = subscribe();
    transaction.begin();
    products.create(sku, Fixtures.details(categoryId, "5.00"), ProductStatus.ACTIVE, 1);
    // The work is done and the message sent inside the transaction; now the commit fails.
    synchronizations.registerInterposedSynchronization(new FailingBeforeCompletion());
    assertThrows(RollbackException.class, transaction::commit);

    assertTrue(findOutsideTransaction(sku).isEmpty(), "no row after a failed commit");
    assertNull(
        first(subscription, "product.created", text -> text.contains(sku)),
        "no event after a failed commit");
  }

  @Test
  void shouldPublishAndStoreWhenTheCommitSucceeds() throws Exception {
    String categoryId = Fixtures.rootCategory(categories).id();
    String sku = Fixtures.sku();
    String subscription = subscribe();
    transaction.begin();
    String id =
        products.create(sku, Fixtures.details(categoryId, "5.00"), ProductStatus.ACTIVE, 1).id();
    transaction.commit();

    assertTrue(findOutsideTransaction(sku).isPresent(), "row after commit");
    TextMessage event = first(subscription, "product.created", text -> text.contains(sku));
    assertNotNull(event, "event after commit");
    assertEquals(id, event.getStringProperty("ce_subject"));
  }

  @Test
  void shouldPublishNothingWhenTheTransactionRollsBack() throws Exception {
    String categoryId = Fixtures.rootCategory(categories).id();
    String sku = Fixtures.sku();
    String subscription = subscribe();
    transaction.begin();
    products.create(sku, Fixtures.details(categoryId, "5.00"), ProductStatus.ACTIVE, 1);
    transaction.rollback();

    assertTrue(findOutsideTransaction(sku).isEmpty());
    assertNull(first(subscription, "product.created", text -> text.contains(sku)));
  }

  @Test
  void shouldPublishAStockChangeOnlyWhenItsAdjustmentCommits() throws Exception {
    Product product = Fixtures.activeProductWithStock(categories, products, inventory, 0);
    String subscription = subscribe();
    transaction.begin();
    inventory.adjust(product.id(), 7, "never committed", "arquillian").orElseThrow();
    synchronizations.registerInterposedSynchronization(new FailingBeforeCompletion());
    assertThrows(RollbackException.class, transaction::commit);
    inventory.adjust(product.id(), 3, "committed", "arquillian").orElseThrow();

    TextMessage changed =
        first(subscription, "inventory.changed", text -> text.contains(product.id()));
    assertNotNull(changed, "the committed adjustment's event");
    assertTrue(changed.getText().contains("\"onHand\":3"), changed.getText());
    assertEquals(3, inventory.find(product.id()).orElseThrow().onHand());
  }

  private Optional<Product> findOutsideTransaction(String sku) throws Exception {
    transaction.begin();
    try {
      return productRepository.findBySku(sku);
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
      jms.createSharedDurableConsumer(catalogEvents, name).close();
    }
    return name;
  }

  /**
   * The first message of the type whose body matches, or null when none arrived before a {@link
   * #barrier} sent now. Reads everything the subscription kept, so a message sent by a failed
   * commit would be found before the one of a later commit.
   */
  private TextMessage first(String subscription, String type, Predicate<String> body)
      throws JMSException {
    try (JMSContext jms = connectionFactory.createContext()) {
      try (JMSConsumer consumer = jms.createSharedDurableConsumer(catalogEvents, subscription)) {
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
    jms.createProducer().setProperty(BARRIER, id).send(catalogEvents, "barrier");
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
