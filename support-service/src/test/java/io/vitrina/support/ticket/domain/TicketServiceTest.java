package io.vitrina.support.ticket.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.vitrina.platform.problem.ConflictException;
import io.vitrina.platform.problem.PayloadTooLargeException;
import io.vitrina.platform.problem.ProblemException;
import io.vitrina.support.context.domain.OrderFacts;
import io.vitrina.support.sla.domain.SlaPolicy;
import io.vitrina.support.sla.domain.SlaTargets;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TicketServiceTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
  private static final Caller CUSTOMER = Caller.customer("customer-1");
  private static final Caller AGENT = Caller.agent("agent-1");

  private TicketService service;
  private TicketRepository repository;
  private TicketEvents events;
  private Ticket ticket;

  @BeforeEach
  void setUp() {
    service = new TicketService();
    repository = mock(TicketRepository.class);
    events = mock(TicketEvents.class);
    service.tickets = repository;
    service.events = events;
    service.sla = mock(SlaPolicy.class);
    when(service.sla.targets(any()))
        .thenReturn(new SlaTargets(Duration.ofHours(4), Duration.ofDays(2)));
    service.settings = new TicketSettings();
    service.settings.reopenWindow = Duration.ofDays(14);
    service.settings.returnWindow = Duration.ofDays(30);
    service.settings.maxAttachmentBytes = 16;
    service.settings.maxAttachmentsPerTicket = 2;
    service.metrics = mock(BreachMetrics.class);
    service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    ticket =
        service.open(
            CUSTOMER,
            new Ticket.Draft(
                TicketType.INQUIRY, "Late", "Where?", null, null, TicketPriority.NORMAL, null));
    when(repository.find(ticket.id())).thenReturn(Optional.of(ticket));
  }

  @Test
  void shouldAnnounceAnOpenedTicket() {
    verify(events).opened(ticket);
    assertEquals(NOW.plus(Duration.ofHours(4)), ticket.sla(NOW).firstResponseDueAt());
  }

  @Test
  void shouldWriteANoteWithoutTouchingTheTicketOrPublishing() {
    service.write(AGENT, ticket.id(), "internal", true).orElseThrow();
    assertEquals(0, ticket.messageCount());
    assertEquals(NOW, ticket.updatedAt());
    verify(events, never()).updated(any(), anyList());
  }

  @Test
  void shouldRefuseNotesFromCustomers() {
    ProblemException refused =
        assertThrows(ProblemException.class, () -> service.write(CUSTOMER, ticket.id(), "x", true));
    assertEquals(403, refused.status());
  }

  @Test
  void shouldAnnounceAMessageCustomersSee() {
    service.write(AGENT, ticket.id(), "On it", false).orElseThrow();
    verify(events).updated(ticket, List.of("messages"));
    assertEquals(NOW, ticket.sla(NOW).firstRespondedAt());
  }

  @Test
  void shouldHideOtherCustomersTickets() {
    assertTrue(service.find(Caller.customer("customer-2"), ticket.id()).isEmpty());
    assertTrue(service.write(Caller.customer("customer-2"), ticket.id(), "x", false).isEmpty());
  }

  @Test
  void shouldRefuseAStaleVersion() {
    assertThrows(
        ConflictException.class,
        () ->
            service.update(
                AGENT,
                ticket.id(),
                new TicketService.Update(TicketStatus.IN_PROGRESS, null, null, false),
                ticket.version() + 1));
  }

  @Test
  void shouldRecordAndAnnounceEachChangedField() {
    service.update(
        AGENT,
        ticket.id(),
        new TicketService.Update(TicketStatus.IN_PROGRESS, TicketPriority.HIGH, "agent-1", false),
        ticket.version());
    verify(events).updated(ticket, List.of("priority", "assignee", "status"));
  }

  @Test
  void shouldCheckAttachmentsSizeTypeAndCount() {
    TicketMessage message =
        TicketMessage.write(ticket.id(), CUSTOMER.id(), AuthorRole.CUSTOMER, false, "see", NOW);
    when(repository.findMessage(message.id())).thenReturn(Optional.of(message));
    assertThrows(
        PayloadTooLargeException.class,
        () -> service.attach(CUSTOMER, ticket.id(), message.id(), "a.txt", new byte[17]));
    ProblemException unsupported =
        assertThrows(
            ProblemException.class,
            () ->
                service.attach(
                    CUSTOMER, ticket.id(), message.id(), "a.exe", new byte[] {'M', 'Z', 0}));
    assertEquals(415, unsupported.status());
    ProblemException notAuthor =
        assertThrows(
            ProblemException.class,
            () ->
                service.attach(
                    AGENT,
                    ticket.id(),
                    message.id(),
                    "a.txt",
                    "x".getBytes(StandardCharsets.UTF_8)));
    assertEquals(403, notAuthor.status());
    when(repository.countAttachments(ticket.id())).thenReturn(2L);
    assertThrows(
        ConflictException.class,
        () ->
            service.attach(
                CUSTOMER,
                ticket.id(),
                message.id(),
                "a.txt",
                "x".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void shouldPublishReturnApprovedOnlyOnApproval() {
    String orderId = "00000000-0000-4000-8000-0000000000a1";
    String productId = "00000000-0000-4000-8000-0000000000b1";
    OrderFacts order =
        new OrderFacts(
            orderId,
            CUSTOMER.id(),
            "DELIVERED",
            BigDecimal.TEN,
            "EUR",
            List.of(new OrderFacts.Line(productId, "SKU-1", 1, BigDecimal.TEN)),
            "PAID",
            NOW.minus(Duration.ofDays(3)),
            NOW.minus(Duration.ofDays(1)),
            false);
    Ticket back =
        service.open(
            CUSTOMER,
            new Ticket.Draft(
                TicketType.RETURN,
                "Back",
                "Too big",
                orderId,
                null,
                TicketPriority.NORMAL,
                List.of(new ReturnLine(productId, 1))),
            order);
    verify(repository).lockOrderForReturn(orderId);
    when(repository.find(back.id())).thenReturn(Optional.of(back));
    service.decideReturn(AGENT, back.id(), false);
    verify(events, never()).returnApproved(any());
    verify(events).updated(back, List.of("return"));
    assertThrows(ConflictException.class, () -> service.decideReturn(AGENT, back.id(), true));
  }

  @Test
  void shouldRefuseAReturnWithoutItsOrder() {
    org.mockito.Mockito.clearInvocations(repository);
    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () ->
                service.open(
                    CUSTOMER,
                    new Ticket.Draft(
                        TicketType.RETURN,
                        "Back",
                        "Too big",
                        "00000000-0000-4000-8000-0000000000a2",
                        null,
                        TicketPriority.NORMAL,
                        List.of(new ReturnLine("00000000-0000-4000-8000-0000000000b1", 1)))));
    assertEquals(404, refused.status());
    verify(repository, never()).add(any(Ticket.class));
  }

  @Test
  void shouldResolveTheApprovedReturnARefundFollowedAsTheSystem() {
    when(repository.approvedOpenReturns("o-1")).thenReturn(List.of(ticket));
    assertEquals(1, service.resolveRefundedReturn("o-1", null));
    assertEquals(TicketStatus.RESOLVED, ticket.status());
    verify(events).updated(ticket, List.of("status"));
    verify(repository)
        .add(
            org.mockito.ArgumentMatchers.<TicketChange>argThat(
                c -> "system".equals(c.actorId()) && TicketChange.STATUS.equals(c.field())));
  }

  @Test
  void shouldResolveOnlyTheNamedTicketWhenTheRefundNamesOne() {
    when(repository.approvedOpenReturns("o-1")).thenReturn(List.of(ticket));
    assertEquals(0, service.resolveRefundedReturn("o-1", "00000000-0000-4000-8000-0000000000ff"));
    assertEquals(TicketStatus.OPEN, ticket.status());
  }
}
