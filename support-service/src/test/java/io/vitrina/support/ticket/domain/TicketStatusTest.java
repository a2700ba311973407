package io.vitrina.support.ticket.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vitrina.platform.problem.ConflictException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TicketStatusTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final Duration WINDOW = Duration.ofDays(14);

  @ParameterizedTest
  @CsvSource({
    "OPEN, IN_PROGRESS",
    "OPEN, WAITING_ON_CUSTOMER",
    "OPEN, RESOLVED",
    "IN_PROGRESS, WAITING_ON_CUSTOMER",
    "IN_PROGRESS, RESOLVED",
    "WAITING_ON_CUSTOMER, IN_PROGRESS",
    "WAITING_ON_CUSTOMER, RESOLVED",
    "RESOLVED, CLOSED",
    "RESOLVED, OPEN",
    "RESOLVED, IN_PROGRESS"
  })
  void shouldAllowTheMovesOfTheMachine(TicketStatus from, TicketStatus to) {
    assertDoesNotThrow(() -> from.checkMove(to, NOW.minus(Duration.ofDays(1)), NOW, WINDOW));
  }

  @ParameterizedTest
  @CsvSource({
    "OPEN, CLOSED",
    "IN_PROGRESS, OPEN",
    "IN_PROGRESS, CLOSED",
    "WAITING_ON_CUSTOMER, OPEN",
    "WAITING_ON_CUSTOMER, CLOSED",
    "RESOLVED, WAITING_ON_CUSTOMER",
    "CLOSED, OPEN",
    "CLOSED, IN_PROGRESS",
    "CLOSED, RESOLVED"
  })
  void shouldRefuseEveryOtherMove(TicketStatus from, TicketStatus to) {
    assertThrows(
        ConflictException.class,
        () -> from.checkMove(to, NOW.minus(Duration.ofDays(1)), NOW, WINDOW));
  }

  @ParameterizedTest
  @CsvSource({"OPEN", "IN_PROGRESS"})
  void shouldReopenOnlyWithinTheWindow(TicketStatus target) {
    assertDoesNotThrow(
        () -> TicketStatus.RESOLVED.checkMove(target, NOW.minus(WINDOW), NOW, WINDOW));
    assertThrows(
        ConflictException.class,
        () ->
            TicketStatus.RESOLVED.checkMove(target, NOW.minus(WINDOW).minusMillis(1), NOW, WINDOW));
  }
}
