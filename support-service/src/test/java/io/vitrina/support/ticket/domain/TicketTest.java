package io.vitrina.support.ticket.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.platform.problem.ConflictException;
import io.vitrina.support.sla.domain.SlaTargets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketTest {

  private static final Instant OPENED = Instant.parse("2026-03-01T08:00:00Z");
  private static final SlaTargets TARGETS =
      new SlaTargets(Duration.ofHours(4), Duration.ofHours(48));
  private static final Duration WINDOW = Duration.ofDays(14);

  private static Ticket inquiry() {
    return Ticket.open(
        "customer-1",
        new Ticket.Draft(
            TicketType.INQUIRY, "Late", "Where is it?", null, null, TicketPriority.HIGH, null),
        TARGETS,
        OPENED);
  }

  @Test
  void shouldOpenWithDueTimesFromTheTargets() {
    Ticket ticket = inquiry();
    assertEquals(TicketStatus.OPEN, ticket.status());
    assertEquals(OPENED.plus(Duration.ofHours(4)), ticket.sla(OPENED).firstResponseDueAt());
    assertEquals(OPENED.plus(Duration.ofHours(48)), ticket.sla(OPENED).resolutionDueAt());
    assertNull(ticket.returnStatus());
  }

  @Test
  void shouldCountTheFirstAgentReplyAsTheFirstResponse() {
    Ticket ticket = inquiry();
    ticket.recordMessage(AuthorRole.CUSTOMER, OPENED.plusSeconds(60));
    assertNull(ticket.sla(OPENED.plusSeconds(60)).firstRespondedAt());
    Instant reply = OPENED.plus(Duration.ofHours(5));
    ticket.recordMessage(AuthorRole.AGENT, reply);
    assertEquals(reply, ticket.sla(reply).firstRespondedAt());
    assertTrue(ticket.sla(reply).firstResponseBreached(), "answered an hour late");
    assertEquals(2, ticket.messageCount());
  }

  @Test
  void shouldPutAWaitingTicketBackInProgressWhenTheCustomerReplies() {
    Ticket ticket = inquiry();
    ticket.moveTo(TicketStatus.WAITING_ON_CUSTOMER, OPENED.plusSeconds(1), WINDOW);
    assertEquals(
        TicketStatus.IN_PROGRESS, ticket.recordMessage(AuthorRole.CUSTOMER, OPENED.plusSeconds(2)));
    assertNull(ticket.recordMessage(AuthorRole.CUSTOMER, OPENED.plusSeconds(3)));
  }

  @Test
  void shouldAnswerAndStopTheClocksWhenResolved() {
    Ticket ticket = inquiry();
    Instant resolved = OPENED.plus(Duration.ofHours(1));
    ticket.moveTo(TicketStatus.RESOLVED, resolved, WINDOW);
    Instant muchLater = OPENED.plus(Duration.ofDays(30));
    assertFalse(ticket.sla(muchLater).breached(), "resolved in time stays in time");
    assertEquals(resolved, ticket.sla(muchLater).firstRespondedAt());
  }

  @Test
  void shouldRestartTheResolutionClockOnReopen() {
    Ticket ticket = inquiry();
    ticket.moveTo(TicketStatus.RESOLVED, OPENED.plusSeconds(10), WINDOW);
    ticket.moveTo(TicketStatus.OPEN, OPENED.plusSeconds(20), WINDOW);
    assertNull(ticket.resolvedAt());
    assertTrue(ticket.sla(OPENED.plus(Duration.ofDays(3))).resolutionBreached());
  }

  @Test
  void shouldMoveDueTimesWithThePriority() {
    Ticket ticket = inquiry();
    SlaTargets urgent = new SlaTargets(Duration.ofMinutes(30), Duration.ofHours(2));
    assertTrue(ticket.prioritise(TicketPriority.URGENT, urgent, OPENED.plusSeconds(5)));
    assertEquals(OPENED.plus(Duration.ofMinutes(30)), ticket.sla(OPENED).firstResponseDueAt());
    assertFalse(ticket.prioritise(TicketPriority.URGENT, urgent, OPENED.plusSeconds(6)));
  }

  @Test
  void shouldDecideAReturnOnce() {
    Ticket ticket =
        Ticket.open(
            "customer-1",
            new Ticket.Draft(
                TicketType.RETURN,
                "Too big",
                "Please take it back",
                "00000000-0000-4000-8000-0000000000a1",
                null,
                TicketPriority.NORMAL,
                List.of(new ReturnLine("00000000-0000-4000-8000-0000000000b1", 2))),
            TARGETS,
            OPENED);
    assertEquals(ReturnStatus.PENDING, ticket.returnStatus());
    ticket.decideReturn(true, "agent-1", OPENED.plusSeconds(1));
    assertEquals(ReturnStatus.APPROVED, ticket.returnStatus());
    assertThrows(
        ConflictException.class,
        () -> ticket.decideReturn(false, "agent-1", OPENED.plusSeconds(2)));
    assertThrows(ConflictException.class, () -> inquiry().decideReturn(true, "agent-1", OPENED));
  }

  @Test
  void shouldRefuseReturnsWithoutOrderOrLinesAndLinesOnOtherTypes() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Ticket.open(
                "c",
                new Ticket.Draft(
                    TicketType.RETURN, "s", "b", null, null, TicketPriority.LOW, List.of()),
                TARGETS,
                OPENED));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Ticket.open(
                "c",
                new Ticket.Draft(
                    TicketType.RETURN,
                    "s",
                    "b",
                    "o",
                    null,
                    TicketPriority.LOW,
                    List.of(new ReturnLine("p", 1), new ReturnLine("p", 2))),
                TARGETS,
                OPENED));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            Ticket.open(
                "c",
                new Ticket.Draft(
                    TicketType.FEEDBACK,
                    "s",
                    "b",
                    null,
                    null,
                    TicketPriority.LOW,
                    List.of(new ReturnLine("p", 1))),
                TARGETS,
                OPENED));
  }

  @Test
  void shouldTakeNoMessagesOnceClosed() {
    Ticket ticket = inquiry();
    ticket.moveTo(TicketStatus.RESOLVED, OPENED.plusSeconds(1), WINDOW);
    ticket.moveTo(TicketStatus.CLOSED, OPENED.plusSeconds(2), WINDOW);
    assertThrows(
        ConflictException.class,
        () -> ticket.recordMessage(AuthorRole.CUSTOMER, OPENED.plusSeconds(3)));
    assertThrows(ConflictException.class, ticket::checkNoteAllowed);
    assertThrows(ConflictException.class, () -> ticket.assign("agent", OPENED.plusSeconds(4)));
  }
}
