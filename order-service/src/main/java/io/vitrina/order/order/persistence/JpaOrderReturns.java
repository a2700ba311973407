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
 * separated by commas (ids are UUIDs, quantities whole numbers: nothing to escape).
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
  public Optional<List<ReturnedLine>> linesOf(String refundId) {
    List<?> rows =
        em.createNativeQuery("SELECT return_lines FROM order_returns WHERE refund_id = ?1")
            .setParameter(1, refundId)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Arrays.stream(((String) rows.get(0)).split(","))
            .map(pair -> pair.split(":"))
            .map(pair -> new ReturnedLine(pair[0], Integer.parseInt(pair[1])))
            .toList());
  }
}
