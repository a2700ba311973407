package io.vitrina.support.ticket.persistence;

import io.vitrina.support.ticket.domain.TicketFilter;
import io.vitrina.support.ticket.domain.TicketStatus;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of the queue: the ids of a page of matching tickets, and their count. Every value is a
 * positional parameter; only fixed fragments of this class become SQL text. Times are bound as UTC
 * wall time, as the columns hold them.
 *
 * <p>The breach condition is {@code SlaStatus}'s, in SQL: a target met late, or still unmet after
 * its due time; every part is true or false, never NULL, so that {@code breached=false} is its
 * exact complement. Text matches the ticket's subject and body or the body of one of its messages —
 * of its internal notes only when agents search.
 */
final class QueueSql {

  static final String FIRST_RESPONSE_BREACHED =
      "((t.first_responded_at IS NULL AND t.first_response_due_at < ?)"
          + " OR (t.first_responded_at IS NOT NULL AND t.first_responded_at >"
          + " t.first_response_due_at))";
  static final String RESOLUTION_BREACHED =
      "((t.resolved_at IS NULL AND t.resolution_due_at < ?)"
          + " OR (t.resolved_at IS NOT NULL AND t.resolved_at > t.resolution_due_at))";
  static final String NEXT_DUE =
      "CASE WHEN t.first_responded_at IS NULL THEN t.first_response_due_at"
          + " ELSE t.resolution_due_at END";

  private final String where;
  private final List<Object> parameters;
  private final String orderBy;

  private QueueSql(String where, List<Object> parameters, String orderBy) {
    this.where = where;
    this.parameters = parameters;
    this.orderBy = orderBy;
  }

  static QueueSql of(TicketFilter filter) {
    List<String> conditions = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    if (filter.customerId() != null) {
      conditions.add("t.customer_id = ?");
      parameters.add(filter.customerId());
    }
    if (!filter.statuses().isEmpty()) {
      List<String> marks = new ArrayList<>();
      filter.statuses().stream()
          .sorted()
          .map(TicketStatus::name)
          .forEach(
              status -> {
                marks.add("?");
                parameters.add(status);
              });
      conditions.add("t.status IN (" + String.join(", ", marks) + ")");
    }
    if (filter.priority() != null) {
      conditions.add("t.priority = ?");
      parameters.add(filter.priority().name());
    }
    if (filter.type() != null) {
      conditions.add("t.type = ?");
      parameters.add(filter.type().name());
    }
    if (filter.assigneeId() != null) {
      conditions.add("t.assignee_id = ?");
      parameters.add(filter.assigneeId());
    }
    if (filter.unassigned()) {
      conditions.add("t.assignee_id IS NULL");
    }
    if (filter.breached() != null) {
      Timestamp now = utc(filter);
      String breached = "(" + FIRST_RESPONSE_BREACHED + " OR " + RESOLUTION_BREACHED + ")";
      conditions.add(filter.breached() ? breached : "NOT " + breached);
      parameters.add(now);
      parameters.add(now);
    }
    if (filter.text() != null) {
      if (filter.text().matchesNothing()) {
        conditions.add("1 = 0");
      } else {
        String expression = filter.text().expression();
        conditions.add(
            "(MATCH (t.subject, t.body) AGAINST (? IN BOOLEAN MODE) OR t.id IN (SELECT"
                + " m.ticket_id FROM ticket_messages m WHERE MATCH (m.body) AGAINST (? IN BOOLEAN"
                + " MODE)"
                + (filter.withNotes() ? "" : " AND m.internal = FALSE")
                + "))");
        parameters.add(expression);
        parameters.add(expression);
      }
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    String orderBy =
        switch (filter.sort()) {
          case DUE -> NEXT_DUE + ", t.id";
          case OPENED -> "t.opened_at, t.id";
          case OPENED_DESC -> "t.opened_at DESC, t.id";
          case UPDATED -> "t.updated_at, t.id";
          case UPDATED_DESC -> "t.updated_at DESC, t.id";
        };
    return new QueueSql(where, parameters, orderBy);
  }

  String pageSql() {
    return "SELECT t.id FROM tickets t" + where + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?";
  }

  String countSql() {
    return "SELECT COUNT(*) FROM tickets t" + where;
  }

  List<Object> parameters() {
    return List.copyOf(parameters);
  }

  private static Timestamp utc(TicketFilter filter) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(filter.now(), ZoneOffset.UTC));
  }
}
