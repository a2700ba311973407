package io.vitrina.support.ticket.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Tickets, their threads, attachments and history. */
public interface TicketRepository {

  /** A page of tickets and how many match in all. */
  record Page(List<Ticket> items, long total) {}

  void add(Ticket ticket);

  Optional<Ticket> find(String id);

  /** Writes pending changes now, so that a stale version fails here rather than at commit. */
  void flush();

  Page queue(TicketFilter filter, int page, int size);

  void add(TicketMessage message);

  Optional<TicketMessage> findMessage(String id);

  List<TicketMessage> thread(String ticketId, boolean withNotes);

  long countNotes(String ticketId);

  void add(Attachment attachment, AttachmentContent content);

  Optional<Attachment> findAttachment(String id);

  Optional<byte[]> content(String attachmentId);

  List<Attachment> attachmentsOf(Collection<String> messageIds);

  long countAttachments(String ticketId);

  void add(TicketChange change);

  List<TicketChange> history(String ticketId);

  /** Marks the first-response breaches not yet marked; how many were marked. */
  int flagFirstResponseBreaches(Instant now);

  /** Marks the resolution breaches not yet marked; how many were marked. */
  int flagResolutionBreaches(Instant now);

  /** Active tickets whose first response is late at {@code now}. */
  long countActiveFirstResponseBreached(Instant now);

  /** Active tickets whose resolution is overdue at {@code now}. */
  long countActiveResolutionBreached(Instant now);

  /**
   * Removes the personal data of a customer's tickets: subject and body, the texts of the messages
   * they wrote, every attachment of their tickets. Ids, statuses, times, return lines, agents'
   * messages and notes and the history stay.
   *
   * @return how many tickets were anonymised (not counting those anonymised before)
   */
  int anonymise(String customerId, String removedText, Instant now);

  /**
   * The RETURN tickets of an order whose return is APPROVED and that are not RESOLVED or CLOSED.
   */
  List<Ticket> approvedOpenReturns(String orderId);

  /**
   * The units per product that other returns of the order already claim: approved ones, and pending
   * ones of tickets still active.
   */
  java.util.Map<String, Integer> claimedReturnUnits(String orderId);

  /** Locks the order against other returns being opened until the transaction ends. */
  void lockOrderForReturn(String orderId);
}
