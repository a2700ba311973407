package io.vitrina.order.order.persistence;

import io.vitrina.order.order.domain.OrderEvents.ReturnedLine;
import io.vitrina.order.order.domain.OrderReturns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Approved returns in {@code order_returns}; the lines as {@code productId:quantity} pairs
 * separated by commas (ids are UUIDs, quantities whole numbers: nothing to escape). Times are UTC
 * wall time in {@code DATETIME(6)}.
 */
@ApplicationScoped
public class JpaOrderReturns implements OrderReturns {

  @PersistenceContext(unitName = "vitrina")
  EntityManager em;

  @Override
  public void add(
      String refundId,
      String orderId,
      String ticketId,
      List<ReturnedLine> lines,
      Instant approvedAt) {
    em.createNativeQuery(
            "INSERT INTO order_returns (refund_id, order_id, ticket_id, return_lines, approved_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, refundId)
        .setParameter(2, orderId)
        .setParameter(3, ticketId)
        .setParameter(
            4,
            lines.stream()
                .map(l -> l.productId() + ":" + l.quantity())
                .collect(Collectors.joining(",")))
        .setParameter(5, LocalDateTime.ofInstant(approvedAt, ZoneOffset.UTC))
        .executeUpdate();
  }

  @Override
  public Optional<Returned> find(String refundId) {
    return returns("WHERE refund_id = ?1", refundId).stream().findFirst();
  }

  @Override
  public List<Returned> ofOrder(String orderId) {
    return returns("WHERE order_id = ?1 ORDER BY approved_at, refund_id", orderId);
  }

  @Override
  public void refunded(String refundId, Instant at) {
    em.createNativeQuery("UPDATE order_returns SET refunded_at = ?1 WHERE refund_id = ?2")
        .setParameter(1, LocalDateTime.ofInstant(at, ZoneOffset.UTC))
        .setParameter(2, refundId)
        .executeUpdate();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<String> succeededNotApplied(int limit) {
    return em.createNativeQuery(
            "SELECT r.refund_id FROM order_returns r JOIN payments p ON p.id = r.refund_id"
                + " WHERE r.refunded_at IS NULL AND p.status = 'SUCCEEDED'"
                + " ORDER BY r.approved_at LIMIT ?1")
        .setParameter(1, limit)
        .getResultList();
  }

  private List<Returned> returns(String where, String id) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT refund_id, ticket_id, return_lines, refunded_at FROM order_returns "
                    + where)
            .setParameter(1, id)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            row ->
                new Returned(
                    (String) row[0],
                    (String) row[1],
                    lines((String) row[2]),
                    row[3] == null ? null : instant(row[3])))
        .toList();
  }

  private static List<ReturnedLine> lines(String column) {
    return Arrays.stream(column.split(","))
        .map(pair -> pair.split(":"))
        .map(pair -> new ReturnedLine(pair[0], Integer.parseInt(pair[1])))
        .toList();
  }

  private static Instant instant(Object column) {
    if (column instanceof LocalDateTime local) {
      return local.toInstant(ZoneOffset.UTC);
    }
    if (column instanceof java.sql.Timestamp timestamp) {
      return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    throw new IllegalStateException("Not a time: " + column.getClass());
  }
}
