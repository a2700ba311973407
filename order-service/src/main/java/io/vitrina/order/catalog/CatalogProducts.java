package io.vitrina.order.catalog;

import io.vitrina.order.cart.domain.ListedProduct;
import io.vitrina.order.cart.domain.ProductCatalog;
import io.vitrina.order.cart.domain.ProductLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Asks catalog-service whether a product is for sale, and never fails for the catalog's troubles:
 *
 * <ul>
 *   <li>{@code @Timeout} (3 s, above the client's 2 s read timeout): a hung catalog must not hold a
 *       customer's request thread;
 *   <li>{@code @Retry} (once, after about 200 ms): a lost connection or a restarting pod is often
 *       gone on the second try; a 404 is an answer, not a failure, and is never retried;
 *   <li>{@code @CircuitBreaker} (opens when half of the last 10 calls failed, probes again after 10
 *       s): while the catalog is down, carts answer at once from their last known prices instead of
 *       waiting out timeouts on every line;
 *   <li>{@code @Fallback}: {@link ProductLookup.Unavailable}, which the cart shows as a stale
 *       price.
 * </ul>
 *
 * It also remembers the outcome of the last call for the catalog health check, which thus costs no
 * call of its own.
 */
@ApplicationScoped
public class CatalogProducts implements ProductCatalog {

  private static final Logger LOG = Logger.getLogger(CatalogProducts.class.getName());

  @Inject @RestClient CatalogClient client;
  @Inject MetricRegistry registry;
  @Inject Clock clock;

  private final AtomicReference<LastCall> lastCall = new AtomicReference<>();

  /** Whether the last call reached the catalog, and when it was made. */
  public record LastCall(boolean reached, Instant at) {}

  @Override
  @Timeout(3000)
  @Retry(maxRetries = 1, delay = 200, jitter = 100, maxDuration = 10000)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 10000,
      successThreshold = 2)
  @Fallback(fallbackMethod = "unavailable")
  public ProductLookup lookup(String productId) {
    ProductLookup answer;
    try {
      CatalogProduct product = client.product(productId);
      answer =
          product != null && CatalogProduct.ACTIVE.equals(product.status())
              ? new ProductLookup.Listed(
                  new ListedProduct(
                      product.id(),
                      product.sku(),
                      product.name(),
                      product.price(),
                      product.currency()))
              : new ProductLookup.NotListed();
    } catch (WebApplicationException failure) {
      if (failure.getResponse().getStatus() != 404) {
        throw failure;
      }
      answer = new ProductLookup.NotListed();
    }
    lastCall.set(new LastCall(true, clock.instant()));
    count(answer instanceof ProductLookup.Listed ? "listed" : "not-listed");
    return answer;
  }

  /** The fallback: the failure itself is in the server's log and the ft.* metrics. */
  ProductLookup unavailable(String productId) {
    lastCall.set(new LastCall(false, clock.instant()));
    count("unavailable");
    LOG.log(Level.WARNING, "catalog-service could not be asked about product {0}", productId);
    return new ProductLookup.Unavailable();
  }

  /** The last call's outcome; empty before the first. */
  public Optional<LastCall> lastCall() {
    return Optional.ofNullable(lastCall.get());
  }

  private void count(String outcome) {
    registry.counter("catalog.lookups", new Tag("outcome", outcome)).inc();
  }
}
