package io.vitrina.support.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A file attached to a message, described without its bytes (those are an {@link
 * AttachmentContent}). The content type is what the bytes were sniffed to be.
 */
@Entity
@Table(name = "ticket_attachments")
@NamedQuery(
    name = "Attachment.ofMessages",
    query =
        "SELECT a FROM Attachment a WHERE a.messageId IN :messageIds ORDER BY a.createdAt, a.id")
@NamedQuery(
    name = "Attachment.countOfTicket",
    query = "SELECT COUNT(a) FROM Attachment a WHERE a.ticketId = :ticketId")
public class Attachment {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "ticket_id", length = 36, nullable = false)
  private String ticketId;

  @Column(name = "message_id", length = 36, nullable = false)
  private String messageId;

  @Column(name = "file_name", length = 200, nullable = false)
  private String fileName;

  @Column(name = "content_type", length = 64, nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private int sizeBytes;

  @Column(name = "sha256", length = 64, nullable = false)
  private String sha256;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Attachment() {}

  public static Attachment of(
      TicketMessage message, String fileName, AttachmentType type, byte[] bytes, Instant now) {
    Attachment attachment = new Attachment();
    attachment.id = UUID.randomUUID().toString();
    attachment.ticketId = message.ticketId();
    attachment.messageId = message.id();
    attachment.fileName = fileName;
    attachment.contentType = type.mediaType();
    attachment.sizeBytes = bytes.length;
    attachment.sha256 = AttachmentInspector.sha256(bytes);
    attachment.createdAt = now;
    return attachment;
  }

  public String id() {
    return id;
  }

  public String ticketId() {
    return ticketId;
  }

  public String messageId() {
    return messageId;
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public int sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
