package io.vitrina.support.ticket.domain;

import io.vitrina.platform.problem.ConflictException;
import io.vitrina.platform.problem.PayloadTooLargeException;
import io.vitrina.platform.problem.ProblemDetail;
import io.vitrina.platform.problem.ProblemException;
import io.vitrina.support.context.domain.OrderFacts;
import io.vitrina.support.context.domain.ReturnRules;
import io.vitrina.support.sla.domain.SlaPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Opens, changes and finds tickets, their messages and attachments, for a {@link Caller}. A ticket
 * a customer may not see does not exist for them: every lookup answers empty, which the resource
 * turns into a 404, exactly as for a ticket that does not exist. Internal notes are visible to
 * agents only. Every change is written to the ticket's history and announced through {@link
 * TicketEvents} in the same transaction.
 */
@ApplicationScoped
public class TicketService {

  /** The actor of changes no person made: a ticket resolved by its refund. */
  public static final Caller SYSTEM = Caller.agent("system");

  /** What replaces the texts a deleted customer wrote. */
  public static final String REMOVED = "(removed: the customer deleted their account)";

  @Inject TicketRepository tickets;
  @Inject TicketEvents events;
  @Inject SlaPolicy sla;
  @Inject TicketSettings settings;
  @Inject BreachMetrics metrics;
  @Inject Clock clock;

  /** What an agent asks to change; null fields stay as they are. */
  public record Update(
      TicketStatus status, TicketPriority priority, String assigneeId, boolean unassign) {}

  /** A thread as the caller may see it, with the attachments of each message. */
  public record Thread(List<TicketMessage> messages, Map<String, List<Attachment>> attachments) {}

  /** An attachment and its bytes. */
  public record File(Attachment attachment, byte[] bytes) {}

  /** Opens a ticket for the calling customer. A RETURN must be opened with its order. */
  @Transactional
  public Ticket open(Caller customer, Ticket.Draft draft) {
    return open(customer, draft, null);
  }

  /**
   * Opens a ticket for the calling customer; a RETURN is checked against its order ({@link
   * ReturnRules}) and the other returns of that order, which are locked out meanwhile.
   *
   * @param order the order of a RETURN as order-service or the read model knows it
   * @throws ProblemException 404, 409 or 422 when the return may not be opened
   */
  @Transactional
  public Ticket open(Caller customer, Ticket.Draft draft, OrderFacts order) {
    Instant now = clock.instant();
    if (draft.type() == TicketType.RETURN) {
      Ticket.check(draft);
      tickets.lockOrderForReturn(draft.orderId());
      ReturnRules.check(
          order,
          customer.id(),
          draft.returnLines(),
          tickets.claimedReturnUnits(draft.orderId()),
          now,
          settings.returnWindow());
    }
    Ticket ticket = Ticket.open(customer.id(), draft, sla.targets(draft.priority()), now);
    tickets.add(ticket);
    tickets.add(
        new TicketChange(ticket.id(), customer.id(), now, TicketChange.OPENED, null, "OPEN"));
    events.opened(ticket);
    return ticket;
  }

  @Transactional
  public Optional<Ticket> find(Caller caller, String id) {
    return tickets.find(id).filter(caller::maySee);
  }

  /** The queue: a customer's own tickets, or for agents every ticket the filter lets through. */
  @Transactional
  public TicketRepository.Page queue(TicketFilter filter, int page, int size) {
    return tickets.queue(filter, page, size);
  }

  /**
   * Applies an agent's changes if the ticket is still at the version they read.
   *
   * @throws ConflictException when the version is stale or a status move is not allowed
   */
  @Transactional
  public Optional<Ticket> update(Caller agent, String id, Update update, long expectedVersion) {
    requireAgent(agent);
    Optional<Ticket> found = tickets.find(id);
    found.ifPresent(
        ticket -> {
          if (ticket.version() != expectedVersion) {
            throw new ConflictException(
                "The ticket is at version "
                    + ticket.version()
                    + ", not "
                    + expectedVersion
                    + ": read it again and reapply your change.");
          }
          Instant now = clock.instant();
          List<TicketChange> pending = new ArrayList<>();
          if (update.priority() != null) {
            TicketPriority before = ticket.priority();
            if (ticket.prioritise(update.priority(), sla.targets(update.priority()), now)) {
              record(pending, ticket, agent, now, TicketChange.PRIORITY, before, ticket.priority());
            }
          }
          if (update.assigneeId() != null || update.unassign()) {
            String before = ticket.assigneeId();
            if (ticket.assign(update.unassign() ? null : update.assigneeId(), now)) {
              record(
                  pending, ticket, agent, now, TicketChange.ASSIGNEE, before, ticket.assigneeId());
            }
          }
          if (update.status() != null) {
            TicketStatus before = ticket.status();
            if (ticket.moveTo(update.status(), now, settings.reopenWindow())) {
              record(pending, ticket, agent, now, TicketChange.STATUS, before, ticket.status());
            }
          }
          if (!pending.isEmpty()) {
            writeAndAnnounce(ticket, pending, new ArrayList<>());
          }
        });
    return found;
  }

  /**
   * Reopens a RESOLVED ticket within the reopen window: the customer who owns it or an agent. It
   * goes back to IN_PROGRESS when someone is assigned, else to OPEN.
   *
   * @throws ConflictException when the ticket is not RESOLVED or the window has passed
   */
  @Transactional
  public Optional<Ticket> reopen(Caller caller, String id) {
    Optional<Ticket> found = find(caller, id);
    found.ifPresent(
        ticket -> {
          if (ticket.status() != TicketStatus.RESOLVED) {
            throw new ConflictException("Only a RESOLVED ticket can be reopened.");
          }
          Instant now = clock.instant();
          TicketStatus target =
              ticket.assigneeId() == null ? TicketStatus.OPEN : TicketStatus.IN_PROGRESS;
          ticket.moveTo(target, now, settings.reopenWindow());
          List<TicketChange> pending = new ArrayList<>();
          record(pending, ticket, caller, now, TicketChange.STATUS, TicketStatus.RESOLVED, target);
          writeAndAnnounce(ticket, pending, new ArrayList<>());
        });
    return found;
  }

  /**
   * Adds a message to the thread, or, for an agent asking for it, an internal note. A note changes
   * nothing a customer can see: not the ticket, not its counts, and no event is sent.
   */
  @Transactional
  public Optional<TicketMessage> write(Caller caller, String ticketId, String body, boolean note) {
    if (note) {
      requireAgent(caller);
    }
    return find(caller, ticketId)
        .map(
            ticket -> {
              Instant now = clock.instant();
              AuthorRole role = caller.agent() ? AuthorRole.AGENT : AuthorRole.CUSTOMER;
              TicketMessage message =
                  TicketMessage.write(ticket.id(), caller.id(), role, note, body, now);
              if (note) {
                ticket.checkNoteAllowed();
                tickets.add(message);
                tickets.add(
                    new TicketChange(
                        ticket.id(), caller.id(), now, TicketChange.NOTE, null, message.id()));
                return message;
              }
              TicketStatus before = ticket.status();
              TicketStatus moved = ticket.recordMessage(role, now);
              tickets.add(message);
              List<TicketChange> pending = new ArrayList<>();
              record(pending, ticket, caller, now, TicketChange.MESSAGE, null, message.id());
              if (moved != null) {
                record(pending, ticket, caller, now, TicketChange.STATUS, before, moved);
              }
              writeAndAnnounce(ticket, pending, new ArrayList<>());
              return message;
            });
  }

  /** The thread as the caller may see it: customers never get internal notes. */
  @Transactional
  public Optional<Thread> thread(Caller caller, String ticketId) {
    return find(caller, ticketId)
        .map(
            ticket -> {
              List<TicketMessage> messages = tickets.thread(ticket.id(), caller.agent());
              Map<String, List<Attachment>> attachments =
                  messages.isEmpty()
                      ? Map.of()
                      : tickets
                          .attachmentsOf(messages.stream().map(TicketMessage::id).toList())
                          .stream()
                          .collect(Collectors.groupingBy(Attachment::messageId));
              return new Thread(messages, attachments);
            });
  }

  /** How many internal notes a ticket has: for agents only. */
  @Transactional
  public long noteCount(String ticketId) {
    return tickets.countNotes(ticketId);
  }

  /**
   * Attaches a file to a message its caller wrote. The bytes decide the type.
   *
   * @return empty when there is no such ticket or message the caller may see
   * @throws PayloadTooLargeException beyond {@code vitrina.attachments.max-bytes}
   * @throws ProblemException 415 for a type not accepted, 403 for another's message, 409 when the
   *     ticket has all the attachments it may have or is closed
   */
  @Transactional
  public Optional<Attachment> attach(
      Caller caller, String ticketId, String messageId, String fileName, byte[] bytes) {
    Optional<Ticket> ticket = find(caller, ticketId);
    if (ticket.isEmpty()) {
      return Optional.empty();
    }
    Optional<TicketMessage> message =
        tickets
            .findMessage(messageId)
            .filter(m -> m.ticketId().equals(ticketId))
            .filter(m -> caller.agent() || !m.internal());
    if (message.isEmpty()) {
      return Optional.empty();
    }
    if (!message.get().authorId().equals(caller.id())) {
      throw new ProblemException(403, "Forbidden", "Only a message's author attaches files to it.");
    }
    if (ticket.get().status() == TicketStatus.CLOSED) {
      throw new ConflictException("A closed ticket takes no more attachments.");
    }
    if (bytes.length > settings.maxAttachmentBytes()) {
      metrics.attachmentRefused("too-large");
      throw new PayloadTooLargeException(settings.maxAttachmentBytes());
    }
    AttachmentType type =
        AttachmentInspector.sniff(bytes)
            .orElseThrow(
                () -> {
                  metrics.attachmentRefused("unsupported");
                  return new ProblemException(
                      415,
                      ProblemDetail.type("unsupported-attachment"),
                      "Unsupported attachment",
                      "Attach a PNG, JPEG, GIF or PDF file, or UTF-8 plain text.",
                      List.of(),
                      Map.of());
                });
    if (tickets.countAttachments(ticketId) >= settings.maxAttachmentsPerTicket()) {
      metrics.attachmentRefused("too-many");
      throw new ConflictException(
          "The ticket has "
              + settings.maxAttachmentsPerTicket()
              + " attachments, as many as a ticket may have.");
    }
    Instant now = clock.instant();
    Attachment attachment =
        Attachment.of(message.get(), AttachmentInspector.safeFileName(fileName), type, bytes, now);
    tickets.add(attachment, new AttachmentContent(attachment.id(), bytes));
    tickets.add(
        new TicketChange(
            ticketId, caller.id(), now, TicketChange.ATTACHMENT, null, attachment.id()));
    metrics.attachmentAccepted();
    return Optional.of(attachment);
  }

  /** An attachment and its bytes, if the caller may see the message it belongs to. */
  @Transactional
  public Optional<File> attachment(Caller caller, String ticketId, String attachmentId) {
    return find(caller, ticketId)
        .flatMap(ticket -> tickets.findAttachment(attachmentId))
        .filter(a -> a.ticketId().equals(ticketId))
        .filter(
            a ->
                caller.agent()
                    || tickets.findMessage(a.messageId()).map(m -> !m.internal()).orElse(false))
        .flatMap(a -> tickets.content(a.id()).map(bytes -> new File(a, bytes)));
  }

  /** A ticket's history, for agents. */
  @Transactional
  public Optional<List<TicketChange>> history(Caller agent, String ticketId) {
    requireAgent(agent);
    return tickets.find(ticketId).map(ticket -> tickets.history(ticket.id()));
  }

  /**
   * Approves or rejects a return, once. An approval publishes return.approved for order-service to
   * refund and catalog-service to restock.
   */
  @Transactional
  public Optional<Ticket> decideReturn(Caller agent, String id, boolean approve) {
    requireAgent(agent);
    Optional<Ticket> found = tickets.find(id);
    found.ifPresent(
        ticket -> {
          Instant now = clock.instant();
          ticket.decideReturn(approve, agent.id(), now);
          List<TicketChange> pending = new ArrayList<>();
          record(
              pending,
              ticket,
              agent,
              now,
              TicketChange.RETURN,
              ReturnStatus.PENDING,
              ticket.returnStatus());
          writeAndAnnounce(ticket, pending, new ArrayList<>());
          if (approve) {
            events.returnApproved(ticket);
          }
        });
    return found;
  }

  /**
   * Removes the personal data of a deleted customer's tickets ({@link TicketRepository#anonymise});
   * no event: nothing of what events carry changes.
   *
   * @return how many tickets lost their personal data
   */
  @Transactional
  public int anonymise(String customerId) {
    return tickets.anonymise(customerId, REMOVED, clock.instant());
  }

  /**
   * Resolves the approved return ticket a refund of the order followed, by the system: the one
   * named, or without a name the oldest approved return of the order still active. Nothing when
   * there is none (resolved by an agent already, or a refund without a return ticket).
   *
   * @return how many tickets were resolved (0 or 1)
   */
  @Transactional
  public int resolveRefundedReturn(String orderId, String ticketId) {
    List<Ticket> candidates = tickets.approvedOpenReturns(orderId);
    Optional<Ticket> target =
        ticketId == null
            ? candidates.stream().findFirst()
            : candidates.stream().filter(t -> t.id().equals(ticketId)).findFirst();
    target.ifPresent(
        ticket -> {
          Instant now = clock.instant();
          TicketStatus before = ticket.status();
          ticket.moveTo(TicketStatus.RESOLVED, now, settings.reopenWindow());
          List<TicketChange> pending = new ArrayList<>();
          record(pending, ticket, SYSTEM, now, TicketChange.STATUS, before, TicketStatus.RESOLVED);
          writeAndAnnounce(ticket, pending, new ArrayList<>());
        });
    return target.isPresent() ? 1 : 0;
  }

  /** A change to record once the ticket's own changes are written, and to announce by name. */
  private static void record(
      List<TicketChange> pending,
      Ticket ticket,
      Caller actor,
      Instant now,
      String field,
      Object before,
      Object after) {
    pending.add(new TicketChange(ticket.id(), actor.id(), now, field, before, after));
  }

  /**
   * Writes the ticket (one version step for the whole request), then its history in order, then
   * announces the changed fields.
   */
  private void writeAndAnnounce(Ticket ticket, List<TicketChange> pending, List<String> changes) {
    tickets.flush();
    pending.forEach(tickets::add);
    pending.stream()
        .map(TicketChange::field)
        .map(field -> TicketChange.MESSAGE.equals(field) ? "messages" : field)
        .forEach(changes::add);
    events.updated(ticket, changes);
  }

  private static void requireAgent(Caller caller) {
    if (!caller.agent()) {
      throw new ProblemException(403, "Forbidden", "Only support agents may do this.");
    }
  }
}
