package io.vitrina.order.consumer.domain;

import io.vitrina.order.cart.domain.CartStore;
import io.vitrina.order.order.domain.OrderRepository;
import io.vitrina.platform.events.ProcessedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Forgets a deleted account's personal data: its cart goes, and its orders' shipping addresses keep
 * only the country. The orders themselves stay (with their customer id, amounts and history) for
 * accounting. One transaction with the event's processed mark.
 */
@ApplicationScoped
public class UserDeletions {

  public static final String TYPE = "user.deleted";

  @Inject ProcessedEvents processed;
  @Inject CartStore carts;
  @Inject OrderRepository orders;
  @Inject Clock clock;

  /**
   * @return false for a duplicate
   */
  @Transactional
  public boolean forget(String eventId, String userId) {
    Instant now = clock.instant();
    if (!processed.mark(eventId, TYPE, now)) {
      return false;
    }
    carts.delete(userId);
    for (String orderId : orders.idsOfCustomer(userId)) {
      orders.findForUpdate(orderId).ifPresent(order -> order.anonymiseShipping(now));
    }
    return true;
  }
}
