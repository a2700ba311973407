package io.vitrina.order.order.messaging;

import io.vitrina.order.order.domain.Order;
import io.vitrina.order.order.domain.OrderEvents;
import io.vitrina.order.order.domain.OrderStatusChange;
import io.vitrina.platform.events.CloudEventPublisher;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Topic;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Publishes the order events on {@code vitrina.orders}, in the caller's transaction. */
@ApplicationScoped
public class JmsOrderEvents implements OrderEvents {

  public static final String PLACED = "order.placed";
  public static final String PAID = "order.paid";
  public static final String CANCELLED = "order.cancelled";
  public static final String STATUS_CHANGED = "order.status-changed";
  public static final String REFUNDED = "order.refunded";

  @Resource(lookup = "jms/orderEvents")
  Topic topic;

  @Inject CloudEventPublisher publisher;

  @Override
  public void placed(Order order) {
    publisher.publish(topic, PLACED, order.id(), OrderEventData.Placed.of(order));
  }

  @Override
  public void paid(Order order, String paymentId, BigDecimal amount, Instant paidAt) {
    publisher.publish(
        topic,
        PAID,
        order.id(),
        new OrderEventData.Paid(
            order.id(), order.customerId(), paymentId, amount, order.currency(), paidAt));
  }

  @Override
  public void cancelled(Order order, String reason, Instant cancelledAt) {
    publisher.publish(
        topic,
        CANCELLED,
        order.id(),
        new OrderEventData.Cancelled(order.id(), order.customerId(), reason, cancelledAt));
  }

  @Override
  public void statusChanged(Order order, OrderStatusChange change) {
    publisher.publish(
        topic,
        STATUS_CHANGED,
        order.id(),
        new OrderEventData.StatusChanged(
            order.id(),
            order.customerId(),
            change.from() == null ? null : change.from().name(),
            change.to().name(),
            change.changedAt()));
  }

  @Override
  public void refunded(
      Order order,
      String refundId,
      BigDecimal amount,
      boolean restock,
      List<ReturnedLine> lines,
      String ticketId,
      Instant refundedAt) {
    publisher.publish(
        topic,
        REFUNDED,
        order.id(),
        new OrderEventData.Refunded(
            order.id(),
            order.customerId(),
            refundId,
            amount,
            order.currency(),
            restock,
            lines.stream().map(OrderEventData.RefundedLine::of).toList(),
            ticketId,
            refundedAt));
  }
}
