package io.vitrina.order.catalog;

import io.vitrina.order.checkout.StockReservations;
import io.vitrina.platform.auth.ServiceTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Holds stock at catalog-service with this service's own token:
 *
 * <ul>
 *   <li>{@code @Timeout} (5 s): a reservation is a few conditional updates; longer is an outage;
 *   <li>{@code @Retry} (once): safe, because catalog treats the same order id with the same lines
 *       as the same request; a 401 drops the cached token first, so an expired or rotated token
 *       costs one retry;
 *   <li>{@code @CircuitBreaker}: while the catalog is down, checkouts fail at once (503);
 *   <li>{@code @Fallback}: {@link Outcome.Unavailable}.
 * </ul>
 *
 * Refusals (409 insufficient stock, 422 product not for sale) are answers, not failures: they are
 * neither retried nor counted against the breaker.
 */
@ApplicationScoped
public class CatalogReservations implements StockReservations {

  private static final Logger LOG = Logger.getLogger(CatalogReservations.class.getName());

  /** catalog-service names the product that fell short in its problem detail. */
  private static final Pattern PRODUCT =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  @Inject @RestClient ReservationClient client;
  @Inject ServiceTokens tokens;

  @Override
  @Timeout(5000)
  @Retry(maxRetries = 1, delay = 200, jitter = 100, maxDuration = 15000)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 10000,
      successThreshold = 2)
  @Fallback(fallbackMethod = "unavailable")
  public Outcome hold(String orderId, List<Line> lines) {
    List<ReservationClient.Line> requested = new ArrayList<>();
    lines.forEach(l -> requested.add(new ReservationClient.Line(l.productId(), l.quantity())));
    try {
      client.reserve(tokens.bearer(), new ReservationClient.Request(orderId, requested));
      return new Outcome.Held();
    } catch (ReservationRefusedException refused) {
      switch (refused.status()) {
        case 409:
          return new Outcome.Short(products(refused.detail(), lines), refused.detail());
        case 422:
          return new Outcome.Refused(refused.detail());
        case 401:
          tokens.forget();
          throw refused;
        default:
          throw refused;
      }
    }
  }

  Outcome unavailable(String orderId, List<Line> lines) {
    LOG.log(Level.WARNING, "catalog-service could not hold stock for order {0}", orderId);
    return new Outcome.Unavailable();
  }

  /** The products of the order that the catalog's detail names. */
  static List<String> products(String detail, List<Line> lines) {
    Set<String> ordered = new LinkedHashSet<>();
    lines.forEach(l -> ordered.add(l.productId()));
    List<String> named = new ArrayList<>();
    Matcher matcher = PRODUCT.matcher(detail == null ? "" : detail);
    while (matcher.find()) {
      if (ordered.contains(matcher.group())) {
        named.add(matcher.group());
      }
    }
    return named;
  }
}
