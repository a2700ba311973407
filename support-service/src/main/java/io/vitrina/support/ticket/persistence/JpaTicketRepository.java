package io.vitrina.support.ticket.persistence;

import io.vitrina.support.ticket.domain.Attachment;
import io.vitrina.support.ticket.domain.AttachmentContent;
import io.vitrina.support.ticket.domain.ReturnStatus;
import io.vitrina.support.ticket.domain.Ticket;
import io.vitrina.support.ticket.domain.TicketChange;
import io.vitrina.support.ticket.domain.TicketFilter;
import io.vitrina.support.ticket.domain.TicketMessage;
import io.vitrina.support.ticket.domain.TicketRepository;
import io.vitrina.support.ticket.domain.TicketStatus;
import io.vitrina.support.ticket.domain.TicketType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tickets in {@code tickets} (lines in {@code return_lines}), messages in {@code ticket_messages},
 * attachments in {@code ticket_attachments} and their bytes apart, history in {@code
 * ticket_changes}. The queue is native SQL ({@link QueueSql}) for its full-text conditions.
 */
@ApplicationScoped
public class JpaTicketRepository implements TicketRepository {

  private static final EnumSet<TicketStatus> INACTIVE =
      EnumSet.of(TicketStatus.RESOLVED, TicketStatus.CLOSED);

  @PersistenceContext(unitName = "vitrina")
  EntityManager em;

  @Override
  public void add(Ticket ticket) {
    em.persist(ticket);
    // The history rows refer to the ticket by a plain column: write it first.
    em.flush();
  }

  @Override
  public Optional<Ticket> find(String id) {
    return Optional.ofNullable(em.find(Ticket.class, id));
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public Page queue(TicketFilter filter, int page, int size) {
    QueueSql sql = QueueSql.of(filter);
    Query ids = em.createNativeQuery(sql.pageSql());
    Query count = em.createNativeQuery(sql.countSql());
    List<Object> parameters = sql.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      ids.setParameter(i + 1, parameters.get(i));
      count.setParameter(i + 1, parameters.get(i));
    }
    ids.setParameter(parameters.size() + 1, size);
    ids.setParameter(parameters.size() + 2, (long) page * size);
    List<String> pageIds = ((List<?>) ids.getResultList()).stream().map(String::valueOf).toList();
    long total = ((Number) count.getSingleResult()).longValue();
    if (pageIds.isEmpty()) {
      return new Page(List.of(), total);
    }
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < pageIds.size(); i++) {
      position.put(pageIds.get(i), i);
    }
    List<Ticket> items =
        em
            .createNamedQuery("Ticket.findByIds", Ticket.class)
            .setParameter("ids", pageIds)
            .getResultList()
            .stream()
            .sorted(Comparator.comparing(ticket -> position.get(ticket.id())))
            .toList();
    return new Page(items, total);
  }

  @Override
  public void add(TicketMessage message) {
    em.persist(message);
    em.flush();
  }

  @Override
  public Optional<TicketMessage> findMessage(String id) {
    return Optional.ofNullable(em.find(TicketMessage.class, id));
  }

  @Override
  public List<TicketMessage> thread(String ticketId, boolean withNotes) {
    return em.createNamedQuery("TicketMessage.thread", TicketMessage.class)
        .setParameter("ticketId", ticketId)
        .setParameter("withNotes", withNotes)
        .getResultList();
  }

  @Override
  public long countNotes(String ticketId) {
    return em.createNamedQuery("TicketMessage.countNotes", Long.class)
        .setParameter("ticketId", ticketId)
        .getSingleResult();
  }

  @Override
  public void add(Attachment attachment, AttachmentContent content) {
    em.persist(attachment);
    em.flush();
    em.persist(content);
  }

  @Override
  public Optional<Attachment> findAttachment(String id) {
    return Optional.ofNullable(em.find(Attachment.class, id));
  }

  @Override
  public Optional<byte[]> content(String attachmentId) {
    return Optional.ofNullable(em.find(AttachmentContent.class, attachmentId))
        .map(AttachmentContent::content);
  }

  @Override
  public List<Attachment> attachmentsOf(Collection<String> messageIds) {
    return em.createNamedQuery("Attachment.ofMessages", Attachment.class)
        .setParameter("messageIds", messageIds)
        .getResultList();
  }

  @Override
  public long countAttachments(String ticketId) {
    return em.createNamedQuery("Attachment.countOfTicket", Long.class)
        .setParameter("ticketId", ticketId)
        .getSingleResult();
  }

  @Override
  public void add(TicketChange change) {
    em.persist(change);
    // Inserted now, so that the identity order of the history is the order of the changes.
    em.flush();
  }

  @Override
  public List<TicketChange> history(String ticketId) {
    return em.createNamedQuery("TicketChange.ofTicket", TicketChange.class)
        .setParameter("ticketId", ticketId)
        .getResultList();
  }

  @Override
  public int flagFirstResponseBreaches(Instant now) {
    return em.createNamedQuery("Ticket.flagFirstResponseBreaches")
        .setParameter("now", now)
        .executeUpdate();
  }

  @Override
  public int flagResolutionBreaches(Instant now) {
    return em.createNamedQuery("Ticket.flagResolutionBreaches")
        .setParameter("now", now)
        .executeUpdate();
  }

  @Override
  public long countActiveFirstResponseBreached(Instant now) {
    return em.createNamedQuery("Ticket.countOpenFirstResponseBreached", Long.class)
        .setParameter("inactive", INACTIVE)
        .setParameter("now", now)
        .getSingleResult();
  }

  @Override
  public long countActiveResolutionBreached(Instant now) {
    return em.createNamedQuery("Ticket.countOpenResolutionBreached", Long.class)
        .setParameter("inactive", INACTIVE)
        .setParameter("now", now)
        .getSingleResult();
  }

  @Override
  public int anonymise(String customerId, String removedText, Instant now) {
    em.flush();
    String ofCustomer = "SELECT id FROM tickets WHERE customer_id = ?1";
    em.createNativeQuery(
            "DELETE c FROM ticket_attachment_contents c JOIN ticket_attachments a ON a.id ="
                + " c.attachment_id JOIN tickets t ON t.id = a.ticket_id WHERE t.customer_id = ?1")
        .setParameter(1, customerId)
        .executeUpdate();
    em.createNativeQuery(
            "DELETE a FROM ticket_attachments a JOIN tickets t ON t.id = a.ticket_id"
                + " WHERE t.customer_id = ?1")
        .setParameter(1, customerId)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE ticket_messages SET body = ?2 WHERE author_id = ?1 AND ticket_id IN ("
                + ofCustomer
                + ")")
        .setParameter(1, customerId)
        .setParameter(2, removedText)
        .executeUpdate();
    int tickets =
        em.createNativeQuery(
                "UPDATE tickets SET subject = ?2, body = ?2, anonymised_at = ?3,"
                    + " version = version + 1 WHERE customer_id = ?1 AND anonymised_at IS NULL")
            .setParameter(1, customerId)
            .setParameter(2, removedText)
            .setParameter(3, java.time.LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
            .executeUpdate();
    return tickets;
  }

  @Override
  public List<Ticket> approvedOpenReturns(String orderId) {
    return em.createNamedQuery("Ticket.approvedOpenReturns", Ticket.class)
        .setParameter("orderId", orderId)
        .setParameter("type", TicketType.RETURN)
        .setParameter("approved", ReturnStatus.APPROVED)
        .setParameter("inactive", INACTIVE)
        .getResultList();
  }

  @Override
  public Map<String, Integer> claimedReturnUnits(String orderId) {
    List<Object[]> rows =
        em.createNamedQuery("Ticket.claimedReturnUnits", Object[].class)
            .setParameter("orderId", orderId)
            .setParameter("type", TicketType.RETURN)
            .setParameter("approved", ReturnStatus.APPROVED)
            .setParameter("pending", ReturnStatus.PENDING)
            .setParameter("inactive", INACTIVE)
            .getResultList();
    Map<String, Integer> units = new HashMap<>();
    for (Object[] row : rows) {
      units.put((String) row[0], ((Number) row[1]).intValue());
    }
    return units;
  }

  @Override
  public void lockOrderForReturn(String orderId) {
    em.createNativeQuery(
            "INSERT INTO return_order_locks (order_id) VALUES (?1)"
                + " ON DUPLICATE KEY UPDATE order_id = order_id")
        .setParameter(1, orderId)
        .executeUpdate();
  }
}
