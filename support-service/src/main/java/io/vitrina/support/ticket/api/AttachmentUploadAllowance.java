package io.vitrina.support.ticket.api;

import io.vitrina.platform.http.BodySizeAllowance;
import io.vitrina.support.Ids;
import io.vitrina.support.ticket.domain.TicketSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Lets an attachment upload, and only an upload, carry a body larger than the service-wide limit:
 * the largest attachment plus room for the multipart envelope. The resource still checks the file
 * part against {@code vitrina.attachments.max-bytes} exactly.
 */
@ApplicationScoped
public class AttachmentUploadAllowance implements BodySizeAllowance {

  /** Part headers and boundaries of one upload fit well within this. */
  static final long ENVELOPE_BYTES = 16 * 1024;

  private static final Pattern UPLOAD_PATH =
      Pattern.compile("tickets/" + Ids.UUID + "/messages/" + Ids.UUID + "/attachments/?");

  @Inject TicketSettings settings;

  @Override
  public OptionalLong maxBodyBytes(String method, String path) {
    return "POST".equals(method) && UPLOAD_PATH.matcher(path).matches()
        ? OptionalLong.of(settings.maxAttachmentBytes() + ENVELOPE_BYTES)
        : OptionalLong.empty();
  }
}
