package io.vitrina.support.ticket.api;

import io.vitrina.support.ticket.domain.TicketMessage;
import java.time.Instant;
import java.util.List;

/**
 * A message as its reader may see it. The body is the plain text as written, a JSON string, never
 * HTML. {@code internal} is present for agents only (customers never get a note to mark).
 */
public record MessageView(
    String id,
    String authorId,
    String authorRole,
    Boolean internal,
    String body,
    Instant createdAt,
    List<AttachmentView> attachments) {

  static MessageView of(TicketMessage message, boolean agent, List<AttachmentView> attachments) {
    return new MessageView(
        message.id(),
        message.authorId(),
        message.authorRole().name(),
        agent ? message.internal() : null,
        message.body(),
        message.createdAt(),
        attachments);
  }
}
