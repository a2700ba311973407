package io.vitrina.support.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vitrina.platform.problem.ConflictException;
import io.vitrina.support.ticket.domain.Caller;
import io.vitrina.support.ticket.domain.ReturnLine;
import io.vitrina.support.ticket.domain.ReturnStatus;
import io.vitrina.support.ticket.domain.TextQuery;
import io.vitrina.support.ticket.domain.Ticket;
import io.vitrina.support.ticket.domain.TicketChange;
import io.vitrina.support.ticket.domain.TicketFilter;
import io.vitrina.support.ticket.domain.TicketPriority;
import io.vitrina.support.ticket.domain.TicketRepository;
import io.vitrina.support.ticket.domain.TicketService;
import io.vitrina.support.ticket.domain.TicketSort;
import io.vitrina.support.ticket.domain.TicketStatus;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tickets, their lines, history and the queue's SQL against the real database. */
@ExtendWith(ArquillianExtension.class)
class TicketPersistenceArquillianIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.supportService(TicketPersistenceArquillianIT.class);
  }

  @Inject TicketService tickets;

  @Test
  void shouldKeepAReturnsLinesAndEveryChangeInOrder() {
    Caller customer = Caller.customer(Fixtures.customerId());
    Caller agent = Caller.agent("agent-" + UUID.randomUUID());
    String orderId = Fixtures.uuid();
    String productId = Fixtures.uuid();
    Ticket opened =
        tickets.open(
            customer,
            Fixtures.returnOf(orderId, productId, 3),
            Fixtures.deliveredOrder(orderId, customer.id(), productId, 3));
    tickets.update(
        agent,
        opened.id(),
        new TicketService.Update(TicketStatus.IN_PROGRESS, TicketPriority.HIGH, agent.id(), false),
        opened.version());
    tickets.decideReturn(agent, opened.id(), false);

    Ticket read = tickets.find(customer, opened.id()).orElseThrow();
    assertEquals(List.of(3), read.returnLines().stream().map(ReturnLine::quantity).toList());
    assertEquals(ReturnStatus.REJECTED, read.returnStatus());
    assertNotNull(read.returnDecidedAt());
    List<String> fields =
        tickets.history(agent, opened.id()).orElseThrow().stream()
            .map(TicketChange::field)
            .toList();
    assertEquals(List.of("opened", "priority", "assignee", "status", "return"), fields);
  }

  @Test
  void shouldRefuseAStaleVersionAgainstTheStoredOne() {
    Caller agent = Caller.agent("agent-" + UUID.randomUUID());
    Ticket opened = tickets.open(Caller.customer(Fixtures.customerId()), Fixtures.inquiry("stale"));
    TicketService.Update update = new TicketService.Update(null, TicketPriority.LOW, null, false);
    tickets.update(agent, opened.id(), update, opened.version());
    assertThrows(
        ConflictException.class,
        () ->
            tickets.update(
                agent,
                opened.id(),
                new TicketService.Update(null, TicketPriority.HIGH, null, false),
                opened.version()));
  }

  @Test
  void shouldOrderTheQueueByTheNextDueTime() {
    Caller customer = Caller.customer(Fixtures.customerId());
    String word = "zqdue" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    String low = tickets.open(customer, Fixtures.draft("Low " + word, TicketPriority.LOW)).id();
    String high = tickets.open(customer, Fixtures.draft("High " + word, TicketPriority.HIGH)).id();
    String normal =
        tickets.open(customer, Fixtures.draft("Normal " + word, TicketPriority.NORMAL)).id();
    TicketRepository.Page page =
        tickets.queue(
            new TicketFilter(
                customer.id(),
                Set.of(),
                null,
                null,
                null,
                true,
                false,
                TextQuery.parse(word),
                false,
                TicketSort.DUE,
                Instant.now()),
            0,
            10);
    assertEquals(3, page.total());
    assertEquals(List.of(high, normal, low), page.items().stream().map(Ticket::id).toList());
  }
}
