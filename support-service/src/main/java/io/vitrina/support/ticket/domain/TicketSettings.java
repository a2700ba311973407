package io.vitrina.support.ticket.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The ticket settings from MicroProfile Config (see microprofile-config.properties). */
@ApplicationScoped
public class TicketSettings {

  @Inject
  @ConfigProperty(name = "vitrina.tickets.reopen-window", defaultValue = "P14D")
  Duration reopenWindow;

  @Inject
  @ConfigProperty(name = "vitrina.attachments.max-bytes", defaultValue = "5242880")
  long maxAttachmentBytes;

  @Inject
  @ConfigProperty(name = "vitrina.attachments.max-per-ticket", defaultValue = "10")
  int maxAttachmentsPerTicket;

  @Inject
  @ConfigProperty(name = "vitrina.return-window", defaultValue = "P30D")
  Duration returnWindow;

  /** How long after its delivery an order may be returned. */
  public Duration returnWindow() {
    return returnWindow;
  }

  public Duration reopenWindow() {
    return reopenWindow;
  }

  public long maxAttachmentBytes() {
    return maxAttachmentBytes;
  }

  public int maxAttachmentsPerTicket() {
    return maxAttachmentsPerTicket;
  }
}
