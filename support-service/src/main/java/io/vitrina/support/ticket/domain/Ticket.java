package io.vitrina.support.ticket.domain;

import io.vitrina.platform.problem.ConflictException;
import io.vitrina.support.sla.domain.SlaStatus;
import io.vitrina.support.sla.domain.SlaTargets;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A support ticket: what a customer asked, how urgent it is, where it stands, who works on it, and
 * its SLA due times. Changes are guarded by the version (optimistic locking). Internal notes never
 * touch this row, so nothing a customer can read of it changes when one is written. Never
 * serialised to a client.
 */
@Entity
@Table(name = "tickets")
@NamedQuery(name = "Ticket.findByIds", query = "SELECT t FROM Ticket t WHERE t.id IN :ids")
@NamedQuery(
    name = "Ticket.flagFirstResponseBreaches",
    query =
        "UPDATE Ticket t SET t.firstResponseBreachedAt = :now WHERE t.firstResponseBreachedAt IS"
            + " NULL AND ((t.firstRespondedAt IS NULL AND t.firstResponseDueAt < :now) OR"
            + " t.firstRespondedAt > t.firstResponseDueAt)")
@NamedQuery(
    name = "Ticket.flagResolutionBreaches",
    query =
        "UPDATE Ticket t SET t.resolutionBreachedAt = :now WHERE t.resolutionBreachedAt IS NULL"
            + " AND ((t.resolvedAt IS NULL AND t.resolutionDueAt < :now) OR t.resolvedAt >"
            + " t.resolutionDueAt)")
@NamedQuery(
    name = "Ticket.countOpenFirstResponseBreached",
    query =
        "SELECT COUNT(t) FROM Ticket t WHERE t.status NOT IN :inactive AND"
            + " ((t.firstRespondedAt IS NULL AND t.firstResponseDueAt < :now) OR t.firstRespondedAt"
            + " > t.firstResponseDueAt)")
@NamedQuery(
    name = "Ticket.countOpenResolutionBreached",
    query =
        "SELECT COUNT(t) FROM Ticket t WHERE t.status NOT IN :inactive AND t.resolutionDueAt <"
            + " :now")
@NamedQuery(
    name = "Ticket.approvedOpenReturns",
    query =
        "SELECT t FROM Ticket t WHERE t.orderId = :orderId AND t.type = :type AND t.returnStatus ="
            + " :approved AND t.status NOT IN :inactive ORDER BY t.openedAt, t.id")
@NamedQuery(
    name = "Ticket.claimedReturnUnits",
    query =
        "SELECT l.productId, SUM(l.quantity) FROM Ticket t JOIN t.returnLines l WHERE t.orderId ="
            + " :orderId AND t.type = :type AND (t.returnStatus = :approved OR (t.returnStatus ="
            + " :pending AND t.status NOT IN :inactive)) GROUP BY l.productId")
public class Ticket {

  public static final int MAX_SUBJECT = 200;
  public static final int MAX_BODY = 10_000;
  public static final int MAX_RETURN_LINES = 50;

  private static final java.util.regex.Pattern UUID_PATTERN =
      java.util.regex.Pattern.compile(io.vitrina.support.Ids.UUID);

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "customer_id", length = 64, nullable = false)
  private String customerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "type", length = 16, nullable = false)
  private TicketType type;

  @Column(name = "subject", length = MAX_SUBJECT, nullable = false)
  private String subject;

  @Column(name = "body", nullable = false)
  private String body;

  @Column(name = "order_id", length = 64)
  private String orderId;

  @Column(name = "product_id", length = 64)
  private String productId;

  @Enumerated(EnumType.STRING)
  @Column(name = "priority", length = 16, nullable = false)
  private TicketPriority priority;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 24, nullable = false)
  private TicketStatus status;

  @Column(name = "assignee_id", length = 64)
  private String assigneeId;

  @Column(name = "message_count", nullable = false)
  private int messageCount;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "first_responded_at")
  private Instant firstRespondedAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "first_response_due_at", nullable = false)
  private Instant firstResponseDueAt;

  @Column(name = "resolution_due_at", nullable = false)
  private Instant resolutionDueAt;

  @Column(name = "first_response_breached_at")
  private Instant firstResponseBreachedAt;

  @Column(name = "resolution_breached_at")
  private Instant resolutionBreachedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "return_status", length = 16)
  private ReturnStatus returnStatus;

  @Column(name = "return_decided_at")
  private Instant returnDecidedAt;

  @Column(name = "return_decided_by", length = 64)
  private String returnDecidedBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "return_lines", joinColumns = @JoinColumn(name = "ticket_id"))
  @OrderBy("productId")
  private List<ReturnLine> returnLines = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Ticket() {}

  /** What a customer writes to open a ticket. */
  public record Draft(
      TicketType type,
      String subject,
      String body,
      String orderId,
      String productId,
      TicketPriority priority,
      List<ReturnLine> returnLines) {}

  /** Whether a reference is one of the UUIDs the services issue. */
  public static boolean isUuid(String reference) {
    return reference != null && UUID_PATTERN.matcher(reference).matches();
  }

  /**
   * Checks a draft's shape: a RETURN names its order and 1 to {@value #MAX_RETURN_LINES} products,
   * each once, all by their UUIDs; other types have no lines.
   *
   * @throws IllegalArgumentException "field: message" when it is not well formed
   */
  public static void check(Draft draft) {
    List<ReturnLine> lines = draft.returnLines() == null ? List.of() : draft.returnLines();
    if (draft.type() == TicketType.RETURN) {
      if (draft.orderId() == null) {
        throw new IllegalArgumentException("orderId: a return names the order");
      }
      if (!isUuid(draft.orderId())) {
        throw new IllegalArgumentException("orderId: a return names the order by its id (a UUID)");
      }
      if (lines.stream().anyMatch(l -> !isUuid(l.productId()))) {
        throw new IllegalArgumentException("lines: each product is named by its id (a UUID)");
      }
      if (lines.isEmpty() || lines.size() > MAX_RETURN_LINES) {
        throw new IllegalArgumentException(
            "lines: a return lists 1 to " + MAX_RETURN_LINES + " products");
      }
      if (lines.stream().map(ReturnLine::productId).distinct().count() != lines.size()) {
        throw new IllegalArgumentException("lines: each product at most once");
      }
    } else if (!lines.isEmpty()) {
      throw new IllegalArgumentException("lines: only a RETURN ticket has lines");
    }
  }

  /**
   * A new OPEN ticket of a customer, with its SLA due times from the targets in force.
   *
   * @throws IllegalArgumentException when a RETURN lacks its order or lines, or another type has
   *     lines
   */
  public static Ticket open(String customerId, Draft draft, SlaTargets targets, Instant now) {
    check(draft);
    List<ReturnLine> lines = draft.returnLines() == null ? List.of() : draft.returnLines();
    Ticket ticket = new Ticket();
    ticket.id = UUID.randomUUID().toString();
    ticket.customerId = customerId;
    ticket.type = draft.type();
    ticket.subject = draft.subject();
    ticket.body = draft.body();
    ticket.orderId = draft.orderId();
    ticket.productId = draft.productId();
    ticket.priority = draft.priority();
    ticket.status = TicketStatus.OPEN;
    ticket.openedAt = now;
    ticket.updatedAt = now;
    ticket.firstResponseDueAt = targets.firstResponseDue(now);
    ticket.resolutionDueAt = targets.resolutionDue(now);
    if (draft.type() == TicketType.RETURN) {
      ticket.returnStatus = ReturnStatus.PENDING;
      ticket.returnLines = new ArrayList<>(lines);
    }
    return ticket;
  }

  /**
   * Moves the ticket to another status.
   *
   * @return whether anything changed: moving to the current status does nothing
   * @throws ConflictException when the move is not allowed (see {@link TicketStatus})
   */
  public boolean moveTo(TicketStatus target, Instant now, Duration reopenWindow) {
    if (target == status) {
      return false;
    }
    status.checkMove(target, resolvedAt, now, reopenWindow);
    if (target == TicketStatus.RESOLVED) {
      resolvedAt = now;
      // Resolving a ticket answers it: no first response is owed any more.
      if (firstRespondedAt == null) {
        firstRespondedAt = now;
      }
    } else if (status.isReopening(target)) {
      resolvedAt = null;
    }
    if (target == TicketStatus.CLOSED) {
      closedAt = now;
    }
    status = target;
    updatedAt = now;
    return true;
  }

  /**
   * Gives the ticket another priority; its due times follow, counted from its opening.
   *
   * @return whether anything changed
   */
  public boolean prioritise(TicketPriority newPriority, SlaTargets targets, Instant now) {
    if (newPriority == priority) {
      return false;
    }
    priority = newPriority;
    firstResponseDueAt = targets.firstResponseDue(openedAt);
    resolutionDueAt = targets.resolutionDue(openedAt);
    // A breach is judged against the new due times from now on.
    firstResponseBreachedAt = null;
    resolutionBreachedAt = null;
    updatedAt = now;
    return true;
  }

  /**
   * Assigns the ticket to an agent, or to nobody with null.
   *
   * @return whether anything changed
   * @throws ConflictException when the ticket is closed
   */
  public boolean assign(String agentId, Instant now) {
    if (java.util.Objects.equals(agentId, assigneeId)) {
      return false;
    }
    if (status == TicketStatus.CLOSED) {
      throw new ConflictException("A closed ticket cannot be reassigned.");
    }
    assigneeId = agentId;
    updatedAt = now;
    return true;
  }

  /**
   * Records a message customers see. An agent's first one is the first response; a customer's reply
   * to a ticket waiting on them puts it back in progress.
   *
   * @return the status the ticket moved to because of the message, or null
   * @throws ConflictException when the ticket is closed
   */
  public TicketStatus recordMessage(AuthorRole role, Instant now) {
    if (status == TicketStatus.CLOSED) {
      throw new ConflictException("A closed ticket takes no more messages; open a new one.");
    }
    messageCount++;
    updatedAt = now;
    if (role == AuthorRole.AGENT && firstRespondedAt == null) {
      firstRespondedAt = now;
    }
    if (role == AuthorRole.CUSTOMER && status == TicketStatus.WAITING_ON_CUSTOMER) {
      status = TicketStatus.IN_PROGRESS;
      return status;
    }
    return null;
  }

  /** Checks that an internal note may be written. */
  public void checkNoteAllowed() {
    if (status == TicketStatus.CLOSED) {
      throw new ConflictException("A closed ticket takes no more notes.");
    }
  }

  /**
   * Approves or rejects the return, once.
   *
   * @throws ConflictException when the ticket is not a return, is closed, or was decided already
   */
  public void decideReturn(boolean approve, String agentId, Instant now) {
    if (type != TicketType.RETURN) {
      throw new ConflictException("Only a RETURN ticket has a return to decide.");
    }
    if (returnStatus != ReturnStatus.PENDING) {
      throw new ConflictException("The return was " + returnStatus + " already.");
    }
    if (status == TicketStatus.CLOSED) {
      throw new ConflictException("The ticket is closed.");
    }
    returnStatus = approve ? ReturnStatus.APPROVED : ReturnStatus.REJECTED;
    returnDecidedAt = now;
    returnDecidedBy = agentId;
    updatedAt = now;
  }

  public SlaStatus sla(Instant now) {
    return SlaStatus.at(now, firstResponseDueAt, firstRespondedAt, resolutionDueAt, resolvedAt);
  }

  public String id() {
    return id;
  }

  public String customerId() {
    return customerId;
  }

  public TicketType type() {
    return type;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public String orderId() {
    return orderId;
  }

  public String productId() {
    return productId;
  }

  public TicketPriority priority() {
    return priority;
  }

  public TicketStatus status() {
    return status;
  }

  public String assigneeId() {
    return assigneeId;
  }

  public int messageCount() {
    return messageCount;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant resolvedAt() {
    return resolvedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public ReturnStatus returnStatus() {
    return returnStatus;
  }

  public Instant returnDecidedAt() {
    return returnDecidedAt;
  }

  public List<ReturnLine> returnLines() {
    return List.copyOf(returnLines);
  }

  public long version() {
    return version;
  }
}
