package io.vitrina.support.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A message of a ticket's thread, or, when {@code internal}, an agents' note that no customer ever
 * sees. The body is plain text, stored exactly as written.
 */
@Entity
@Table(name = "ticket_messages")
@NamedQuery(
    name = "TicketMessage.thread",
    query =
        "SELECT m FROM TicketMessage m WHERE m.ticketId = :ticketId AND (m.internal = FALSE OR"
            + " :withNotes = TRUE) ORDER BY m.createdAt, m.id")
@NamedQuery(
    name = "TicketMessage.countNotes",
    query =
        "SELECT COUNT(m) FROM TicketMessage m WHERE m.ticketId = :ticketId AND m.internal = TRUE")
public class TicketMessage {

  public static final int MAX_BODY = 10_000;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "ticket_id", length = 36, nullable = false)
  private String ticketId;

  @Column(name = "author_id", length = 64, nullable = false)
  private String authorId;

  @Enumerated(EnumType.STRING)
  @Column(name = "author_role", length = 16, nullable = false)
  private AuthorRole authorRole;

  @Column(name = "internal", nullable = false)
  private boolean internal;

  @Column(name = "body", nullable = false)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected TicketMessage() {}

  public static TicketMessage write(
      String ticketId,
      String authorId,
      AuthorRole role,
      boolean internal,
      String body,
      Instant now) {
    if (internal && role != AuthorRole.AGENT) {
      throw new IllegalArgumentException("only agents write internal notes");
    }
    TicketMessage message = new TicketMessage();
    message.id = UUID.randomUUID().toString();
    message.ticketId = ticketId;
    message.authorId = authorId;
    message.authorRole = role;
    message.internal = internal;
    message.body = body;
    message.createdAt = now;
    return message;
  }

  public String id() {
    return id;
  }

  public String ticketId() {
    return ticketId;
  }

  public String authorId() {
    return authorId;
  }

  public AuthorRole authorRole() {
    return authorRole;
  }

  public boolean internal() {
    return internal;
  }

  public String body() {
    return body;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
