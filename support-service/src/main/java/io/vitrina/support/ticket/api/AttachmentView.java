package io.vitrina.support.ticket.api;

import io.vitrina.support.ticket.domain.Attachment;
import java.net.URI;
import java.time.Instant;

/** An attachment's description; its bytes are at {@code url}. */
public record AttachmentView(
    String id, String fileName, String contentType, int sizeBytes, Instant createdAt, URI url) {

  static AttachmentView of(Attachment attachment, URI url) {
    return new AttachmentView(
        attachment.id(),
        attachment.fileName(),
        attachment.contentType(),
        attachment.sizeBytes(),
        attachment.createdAt(),
        url);
  }
}
