package io.vitrina.support.context.client;

import io.vitrina.support.context.domain.Fetched;
import io.vitrina.support.context.domain.LiveOrders;
import io.vitrina.support.context.domain.OrderFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads an order from order-service with the caller's own token, so that order-service's own rule
 * decides what the caller may read (customers their own orders, agents any) and this service needs
 * no power over orders of its own:
 *
 * <ul>
 *   <li>{@code @Timeout} (3 s): a hung order-service must not hold a ticket view;
 *   <li>{@code @Retry} (once): two GETs are safe to repeat, and a restarting pod is often gone on
 *       the second try;
 *   <li>{@code @CircuitBreaker}: while order-service is down, views go to the read model at once
 *       instead of waiting out timeouts;
 *   <li>{@code @Fallback}: {@link Fetched#unavailable()}, the caller then reads the read model.
 * </ul>
 *
 * A 404 (or 403) is an answer, not a failure: the order does not exist for this caller.
 */
@ApplicationScoped
public class OrderServiceOrders implements LiveOrders {

  private static final Logger LOG = Logger.getLogger(OrderServiceOrders.class.getName());

  @Inject @RestClient OrderClient client;

  @Override
  @Timeout(3000)
  @Retry(maxRetries = 1, delay = 200, jitter = 100)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 10000,
      successThreshold = 2)
  @Fallback(fallbackMethod = "unavailable")
  public Fetched<OrderFacts> find(String orderId, String bearer) {
    OrderClient.Order order;
    List<OrderClient.Step> history;
    try {
      order = client.get(orderId, bearer);
      history = client.history(orderId, bearer);
    } catch (WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status == 404 || status == 403) {
        return Fetched.notFound();
      }
      throw e;
    }
    return Fetched.found(facts(order, history));
  }

  Fetched<OrderFacts> unavailable(String orderId, String bearer) {
    LOG.warning(() -> "order-service could not be asked for order " + orderId);
    return Fetched.unavailable();
  }

  static OrderFacts facts(OrderClient.Order order, List<OrderClient.Step> history) {
    Instant delivered =
        history == null
            ? null
            : history.stream()
                .filter(s -> OrderFacts.DELIVERED.equals(s.to()))
                .map(OrderClient.Step::at)
                .findFirst()
                .orElse(null);
    List<OrderClient.Payment> payments = order.payments() == null ? List.of() : order.payments();
    boolean refunded =
        "REFUNDED".equals(order.status())
            || payments.stream()
                .anyMatch(p -> "REFUND".equals(p.kind()) && "SUCCEEDED".equals(p.status()));
    String payment = refunded ? "REFUNDED" : order.paidAt() != null ? "PAID" : "UNPAID";
    return new OrderFacts(
        order.id(),
        order.customerId(),
        order.status(),
        order.total(),
        order.currency(),
        order.lines() == null
            ? List.of()
            : order.lines().stream()
                .map(l -> new OrderFacts.Line(l.productId(), l.sku(), l.quantity(), l.unitPrice()))
                .toList(),
        payment,
        order.placedAt(),
        delivered,
        refunded);
  }
}
