package io.vitrina.order.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.order.order.domain.Order;
import io.vitrina.order.order.domain.OrderLineDraft;
import io.vitrina.order.order.domain.OrderService;
import io.vitrina.order.order.domain.OrderStatus;
import io.vitrina.order.order.domain.ShippingAddress;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An order event leaves if and only if its transaction commits: the order's rows and its
 * order.placed (or order.status-changed and order.cancelled) are one XA transaction over the
 * datasource and the Artemis resource adapter. When the commit fails, neither exists; when it
 * succeeds, both do, with the data of the contract in docs/events.md.
 */
@ExtendWith(ArquillianExtension.class)
class OrderEventsArquillianIT {

  private static final long QUIET_MS = 3_000;

  @Deployment
  static WebArchive deployment() {
    return Deployments.orderService(OrderEventsArquillianIT.class);
  }

  @Inject OrderService orders;
  @Inject UserTransaction transaction;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry synchronizations;

  @Resource(lookup = "jms/vitrinaConnectionFactory")
  ConnectionFactory connectionFactory;

  @Resource(lookup = "jms/orderEvents")
  Topic orderEvents;

  private static final ShippingAddress HOME =
      new ShippingAddress("Ada Lovelace", "Calle Mayor 1", null, "Madrid", null, "28013", "ES");

  private Order place(String customer) {
    return orders.place(
        customer,
        "EUR",
        List.of(
            new OrderLineDraft(
                UUID.randomUUID().toString(), "SKU-EV", "Evented", 2, new BigDecimal("12.50"))),
        HOME,
        customer);
  }

  @Test
  void shouldPublishNothingAndStoreNothingWhenThePlacementsCommitFails() throws Exception {
    String customer = "customer-" + UUID.randomUUID();
    String subscription = subscribe();
    transaction.begin();
    String id = place(customer).id();
    synchronizations.registerInterposedSynchronization(new FailingBeforeCompletion());
    assertThrows(RollbackException.class, transaction::commit);

    assertTrue(orders.find(id).isEmpty(), "no order after a failed commit");
    assertNull(
        first(subscription, "order.placed", text -> text.contains(customer)),
        "no order.placed after a failed commit");
  }

  @Test
  void shouldPublishThePlacementWithTheContractsDataWhenItCommits() throws Exception {
    String customer = "customer-" + UUID.randomUUID();
    String subscription = subscribe();
    Order order = place(customer);

    TextMessage placed = first(subscription, "order.placed", text -> text.contains(customer));
    assertNotNull(placed, "order.placed after commit");
    assertEquals(order.id(), placed.getStringProperty("ce_subject"));
    assertEquals("/vitrina/order-service", placed.getStringProperty("ce_source"));
    JsonObject data = Json.createReader(new StringReader(placed.getText())).readObject();
    assertEquals(order.id(), data.getString("orderId"));
    assertEquals(customer, data.getString("customerId"));
    assertEquals("EUR", data.getString("currency"));
    assertEquals(
        0, order.totals().total().compareTo(data.getJsonNumber("total").bigDecimalValue()));
    JsonObject line = data.getJsonArray("lines").getJsonObject(0);
    assertEquals("SKU-EV", line.getString("sku"));
    assertEquals(2, line.getInt("quantity"));
    assertEquals(new BigDecimal("12.50"), line.getJsonNumber("unitPrice").bigDecimalValue());
    assertEquals("EUR", line.getString("currency"));
    assertTrue(data.getString("placedAt").endsWith("Z"), data.getString("placedAt"));
  }

  @Test
  void shouldPublishACancellationOnlyWhenItCommits() throws Exception {
    String customer = "customer-" + UUID.randomUUID();
    Order order = place(customer);
    String subscription = subscribe();

    transaction.begin();
    orders.moveTo(order.id(), OrderStatus.CANCELLED, "arquillian", "never committed");
    synchronizations.registerInterposedSynchronization(new FailingBeforeCompletion());
    assertThrows(RollbackException.class, transaction::commit);
    assertEquals(OrderStatus.PENDING_PAYMENT, orders.find(order.id()).orElseThrow().status());

    orders.moveTo(order.id(), OrderStatus.CANCELLED, "arquillian", "committed");

    TextMessage cancelled =
        first(subscription, "order.cancelled", text -> text.contains(order.id()));
    assertNotNull(cancelled, "order.cancelled of the committed move");
    JsonObject data = Json.createReader(new StringReader(cancelled.getText())).readObject();
    assertEquals("committed", data.getString("reason"));
    assertEquals(customer, data.getString("customerId"));
  }

  @Test
  void shouldPublishEveryStatusChangeWithFromAndTo() throws Exception {
    String customer = "customer-" + UUID.randomUUID();
    Order order = place(customer);
    String subscription = subscribe();
    orders.moveTo(order.id(), OrderStatus.PAID, "arquillian", "payment test");

    TextMessage changed =
        first(subscription, "order.status-changed", text -> text.contains(order.id()));
    assertNotNull(changed);
    JsonObject data = Json.createReader(new StringReader(changed.getText())).readObject();
    assertEquals("PENDING_PAYMENT", data.getString("from"));
    assertEquals("PAID", data.getString("to"));
  }

  /**
   * A durable subscription that keeps what is published from now on, read later with a fresh
   * context (the resource adapter's handles belong to one transaction context).
   */
  private String subscribe() {
    String name = "arquillian-" + UUID.randomUUID();
    try (JMSContext jms = connectionFactory.createContext()) {
      jms.createSharedDurableConsumer(orderEvents, name).close();
    }
    return name;
  }

  /** The first message of the type whose body matches, or null after a quiet time. */
  private TextMessage first(String subscription, String type, Predicate<String> body)
      throws JMSException {
    try (JMSContext jms = connectionFactory.createContext()) {
      try (JMSConsumer consumer = jms.createSharedDurableConsumer(orderEvents, subscription)) {
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
      } finally {
        jms.unsubscribe(subscription);
      }
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
