package io.vitrina.support.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of a ticket's history: who changed which field, when, from what to what. A message or
 * note is recorded as written, never with its text.
 */
@Entity
@Table(name = "ticket_changes")
@NamedQuery(
    name = "TicketChange.ofTicket",
    query = "SELECT c FROM TicketChange c WHERE c.ticketId = :ticketId ORDER BY c.id")
public class TicketChange {

  /** The fields a history entry may name. */
  public static final String OPENED = "opened";

  public static final String STATUS = "status";
  public static final String PRIORITY = "priority";
  public static final String ASSIGNEE = "assignee";
  public static final String MESSAGE = "message";
  public static final String NOTE = "note";
  public static final String ATTACHMENT = "attachment";
  public static final String RETURN = "return";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "ticket_id", length = 36, nullable = false)
  private String ticketId;

  @Column(name = "actor_id", length = 64, nullable = false)
  private String actorId;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "field", length = 32, nullable = false)
  private String field;

  @Column(name = "old_value", length = 200)
  private String oldValue;

  @Column(name = "new_value", length = 200)
  private String newValue;

  protected TicketChange() {}

  public TicketChange(
      String ticketId,
      String actorId,
      Instant changedAt,
      String field,
      Object oldValue,
      Object newValue) {
    this.ticketId = ticketId;
    this.actorId = actorId;
    this.changedAt = changedAt;
    this.field = field;
    this.oldValue = oldValue == null ? null : oldValue.toString();
    this.newValue = newValue == null ? null : newValue.toString();
  }

  public String ticketId() {
    return ticketId;
  }

  public String actorId() {
    return actorId;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public String field() {
    return field;
  }

  public String oldValue() {
    return oldValue;
  }

  public String newValue() {
    return newValue;
  }
}
