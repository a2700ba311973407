package io.vitrina.support.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.support.context.domain.CustomerEvent;
import io.vitrina.support.context.domain.Known;
import io.vitrina.support.context.domain.OrderEvent;
import io.vitrina.support.context.domain.OrderFacts;
import io.vitrina.support.context.domain.OrderSnapshot;
import io.vitrina.support.context.domain.OrderSnapshotLine;
import io.vitrina.support.context.domain.ReadModel;
import io.vitrina.support.ticket.domain.Caller;
import io.vitrina.support.ticket.domain.Ticket;
import io.vitrina.support.ticket.domain.TicketMessage;
import io.vitrina.support.ticket.domain.TicketService;
import io.vitrina.support.ticket.domain.TicketStatus;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The read model as the listeners drive it, against the real database: each event applied once,
 * whatever the order, and a deleted customer's tickets stripped of personal data.
 */
@ExtendWith(ArquillianExtension.class)
class ReadModelArquillianIT {

  private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(3600);

  @Deployment
  static WebArchive deployment() {
    return Deployments.supportService(ReadModelArquillianIT.class);
  }

  @Inject ReadModel readModel;
  @Inject TicketService tickets;

  private static List<OrderEvent> life(String orderId, String customerId, String productId) {
    return List.of(
        new OrderEvent(
            UUID.randomUUID().toString(),
            OrderEvent.PLACED,
            T0,
            orderId,
            customerId,
            null,
            List.of(new OrderSnapshotLine(productId, "SKU-1", 2, new BigDecimal("9.5000"))),
            new BigDecimal("19.0000"),
            "EUR",
            T0,
            null),
        new OrderEvent(
            UUID.randomUUID().toString(),
            OrderEvent.PAID,
            T0.plusSeconds(60),
            orderId,
            customerId,
            null,
            null,
            null,
            null,
            T0.plusSeconds(60),
            null),
        new OrderEvent(
            UUID.randomUUID().toString(),
            OrderEvent.STATUS_CHANGED,
            T0.plusSeconds(600),
            orderId,
            customerId,
            "DELIVERED",
            null,
            null,
            null,
            T0.plusSeconds(600),
            null));
  }

  @Test
  void shouldApplyEachEventOnceAndRebuildTheSameStateInAnyOrder() {
    String customerId = Fixtures.customerId();
    String productId = Fixtures.uuid();
    String inOrder = Fixtures.uuid();
    String reversed = Fixtures.uuid();
    life(inOrder, customerId, productId).forEach(e -> assertTrue(readModel.apply(e)));
    List<OrderEvent> backwards = new ArrayList<>(life(reversed, customerId, productId));
    Collections.reverse(backwards);
    backwards.forEach(readModel::apply);

    OrderFacts expected = readModel.order(inOrder).map(Known::value).orElseThrow();
    assertEquals("DELIVERED", expected.status());
    assertEquals("PAID", expected.paymentState());
    assertEquals(T0.plusSeconds(600), expected.deliveredAt());
    assertEquals(2, expected.bought(productId));
    OrderFacts rebuilt = readModel.order(reversed).map(Known::value).orElseThrow();
    assertEquals(withId(expected, reversed), rebuilt);

    // The same deliveries again (a broker redelivering) change nothing and say so.
    for (OrderEvent event : backwards) {
      assertFalse(readModel.apply(event), "a duplicate");
    }
    assertEquals(rebuilt, readModel.order(reversed).map(Known::value).orElseThrow());
  }

  @Test
  void shouldKeepANewerStatusWhenAnOlderEventArrivesLate() {
    String orderId = Fixtures.uuid();
    List<OrderEvent> life = life(orderId, Fixtures.customerId(), Fixtures.uuid());
    readModel.apply(life.get(2));
    readModel.apply(life.get(1));
    assertEquals("DELIVERED", readModel.order(orderId).map(k -> k.value().status()).orElseThrow());
    assertTrue(OrderSnapshot.RANK.contains("DELIVERED"));
  }

  @Test
  void shouldAnonymiseADeletedCustomersTicketsOnce() {
    String customerId = UUID.randomUUID().toString();
    Caller customer = Caller.customer(customerId);
    Caller agent = Caller.agent("agent-" + UUID.randomUUID());
    readModel.apply(
        new CustomerEvent(
            UUID.randomUUID().toString(),
            CustomerEvent.REGISTERED,
            T0,
            customerId,
            "Ann Example",
            "ann@example.com",
            "ACTIVE"));
    Ticket ticket = tickets.open(customer, Fixtures.inquiry("I live at 1 Main Street"));
    TicketMessage mine =
        tickets.write(customer, ticket.id(), "Call me on 555", false).orElseThrow();
    tickets.write(agent, ticket.id(), "Calling you today.", false).orElseThrow();
    tickets
        .attach(
            customer,
            ticket.id(),
            mine.id(),
            "passport.txt",
            "my passport number".getBytes(StandardCharsets.UTF_8))
        .orElseThrow();

    String deletion = UUID.randomUUID().toString();
    CustomerEvent deleted =
        new CustomerEvent(
            deletion, CustomerEvent.DELETED, T0.plusSeconds(5), customerId, null, null, null);
    assertTrue(readModel.apply(deleted));
    assertFalse(readModel.apply(deleted), "a redelivered deletion");

    Ticket read = tickets.find(agent, ticket.id()).orElseThrow();
    assertEquals(TicketService.REMOVED, read.subject());
    assertEquals(TicketService.REMOVED, read.body());
    assertEquals(TicketStatus.OPEN, read.status());
    assertEquals(customerId, read.customerId());
    TicketService.Thread thread = tickets.thread(agent, ticket.id()).orElseThrow();
    assertEquals(
        List.of(TicketService.REMOVED, "Calling you today."),
        thread.messages().stream().map(TicketMessage::body).toList());
    assertTrue(thread.attachments().isEmpty(), "attachments deleted");
    var card = readModel.customer(customerId).orElseThrow().value();
    assertEquals("DELETED", card.status());
    assertEquals(null, card.email());
    assertEquals(null, card.displayName());
  }

  private static OrderFacts withId(OrderFacts facts, String id) {
    return new OrderFacts(
        id,
        facts.customerId(),
        facts.status(),
        facts.total(),
        facts.currency(),
        facts.lines(),
        facts.paymentState(),
        facts.placedAt(),
        facts.deliveredAt(),
        facts.refunded());
  }
}
