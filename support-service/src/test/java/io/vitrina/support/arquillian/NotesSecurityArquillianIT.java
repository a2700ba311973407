package io.vitrina.support.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.platform.problem.ProblemException;
import io.vitrina.support.ticket.domain.Attachment;
import io.vitrina.support.ticket.domain.Caller;
import io.vitrina.support.ticket.domain.TextQuery;
import io.vitrina.support.ticket.domain.Ticket;
import io.vitrina.support.ticket.domain.TicketFilter;
import io.vitrina.support.ticket.domain.TicketMessage;
import io.vitrina.support.ticket.domain.TicketService;
import io.vitrina.support.ticket.domain.TicketSort;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service, not just the resources, keeps internal notes from customers: against the real
 * database, a customer caller gets no note in the thread, no note's attachment, no ticket found by
 * a note's words, and cannot write one; the ticket row does not change when a note is written.
 */
@ExtendWith(ArquillianExtension.class)
class NotesSecurityArquillianIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.supportService(NotesSecurityArquillianIT.class);
  }

  @Inject TicketService tickets;

  @Test
  void shouldNeverHandANoteToACustomer() {
    Caller customer = Caller.customer(Fixtures.customerId());
    Caller agent = Caller.agent("agent-" + UUID.randomUUID());
    String word = "zqnote" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    Ticket ticket = tickets.open(customer, Fixtures.inquiry("Notes"));
    long version = tickets.find(customer, ticket.id()).orElseThrow().version();

    TicketMessage note = tickets.write(agent, ticket.id(), "Internal " + word, true).orElseThrow();
    Attachment evidence =
        tickets
            .attach(
                agent,
                ticket.id(),
                note.id(),
                "evidence.txt",
                "internal".getBytes(StandardCharsets.UTF_8))
            .orElseThrow();

    Ticket seen = tickets.find(customer, ticket.id()).orElseThrow();
    assertEquals(version, seen.version(), "a note leaves the ticket row alone");
    assertEquals(0, seen.messageCount());
    assertTrue(tickets.thread(customer, ticket.id()).orElseThrow().messages().isEmpty());
    assertEquals(1, tickets.thread(agent, ticket.id()).orElseThrow().messages().size());
    assertTrue(tickets.attachment(customer, ticket.id(), evidence.id()).isEmpty());
    assertTrue(tickets.attachment(agent, ticket.id(), evidence.id()).isPresent());
    assertTrue(
        tickets
            .attach(customer, ticket.id(), note.id(), "x.txt", "x".getBytes(StandardCharsets.UTF_8))
            .isEmpty());
    assertEquals(0, search(customer.id(), word, false).total());
    assertEquals(1, search(null, word, true).total());
    assertEquals(1, tickets.noteCount(ticket.id()));
    ProblemException refused =
        assertThrows(
            ProblemException.class, () -> tickets.write(customer, ticket.id(), "psst", true));
    assertEquals(403, refused.status());
    assertFalse(tickets.find(Caller.customer("someone-else"), ticket.id()).isPresent());
  }

  private io.vitrina.support.ticket.domain.TicketRepository.Page search(
      String customerId, String word, boolean withNotes) {
    return tickets.queue(
        new TicketFilter(
            customerId,
            Set.of(),
            null,
            null,
            null,
            false,
            null,
            TextQuery.parse(word),
            withNotes,
            TicketSort.OPENED,
            Instant.now()),
        0,
        10);
  }
}
