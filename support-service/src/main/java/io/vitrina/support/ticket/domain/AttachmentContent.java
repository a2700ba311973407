package io.vitrina.support.ticket.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The bytes of an {@link Attachment}, loaded only when they are served. */
@Entity
@Table(name = "ticket_attachment_contents")
public class AttachmentContent {

  @Id
  @Column(name = "attachment_id", length = 36)
  private String attachmentId;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content", nullable = false)
  private byte[] content;

  protected AttachmentContent() {}

  public AttachmentContent(String attachmentId, byte[] content) {
    this.attachmentId = attachmentId;
    this.content = content.clone();
  }

  public byte[] content() {
    return content.clone();
  }
}
