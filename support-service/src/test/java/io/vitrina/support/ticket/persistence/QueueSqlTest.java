package io.vitrina.support.ticket.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vitrina.support.ticket.domain.TextQuery;
import io.vitrina.support.ticket.domain.TicketFilter;
import io.vitrina.support.ticket.domain.TicketPriority;
import io.vitrina.support.ticket.domain.TicketSort;
import io.vitrina.support.ticket.domain.TicketStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueueSqlTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  private static TicketFilter filter(
      String customerId, TextQuery text, boolean withNotes, Boolean breached) {
    return new TicketFilter(
        customerId,
        EnumSet.of(TicketStatus.OPEN, TicketStatus.IN_PROGRESS),
        TicketPriority.HIGH,
        null,
        null,
        true,
        breached,
        text,
        withNotes,
        TicketSort.DUE,
        NOW);
  }

  @Test
  void shouldBindEveryValueAsAParameter() {
    QueueSql sql =
        QueueSql.of(filter("c-1", TextQuery.parse("x'); DROP TABLE tickets; --"), false, true));
    assertFalse(sql.pageSql().contains("DROP"));
    assertFalse(sql.pageSql().contains("c-1"));
    long marks = sql.countSql().chars().filter(c -> c == '?').count();
    assertEquals(marks, sql.parameters().size());
    assertEquals(marks + 2, sql.pageSql().chars().filter(c -> c == '?').count());
  }

  @Test
  void shouldKeepNotesOutOfCustomersSearches() {
    assertTrue(
        QueueSql.of(filter("c-1", TextQuery.parse("refund"), false, null))
            .pageSql()
            .contains("m.internal = FALSE"));
    assertFalse(
        QueueSql.of(filter(null, TextQuery.parse("refund"), true, null))
            .pageSql()
            .contains("m.internal"));
  }

  @Test
  void shouldOrderByTheNextDueTimeThenId() {
    String sql = QueueSql.of(filter(null, null, true, null)).pageSql();
    assertTrue(sql.contains("ORDER BY " + QueueSql.NEXT_DUE + ", t.id"), sql);
    assertTrue(sql.contains("t.assignee_id IS NULL"));
  }

  @Test
  void shouldMatchNothingForTextWithoutSearchableWords() {
    QueueSql sql =
        QueueSql.of(
            new TicketFilter(
                null,
                Set.of(),
                null,
                null,
                null,
                false,
                null,
                TextQuery.parse("tv"),
                true,
                TicketSort.OPENED,
                NOW));
    assertTrue(sql.countSql().contains("1 = 0"));
  }
}
