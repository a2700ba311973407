package io.vitrina.order.report.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The catalog reads of the sales report, each one call that never fails for the catalog's troubles:
 *
 * <ul>
 *   <li>{@code @Timeout} (3 s, above the client's 2 s read timeout): a report build holds a
 *       database transaction, which a hung catalog must not stretch;
 *   <li>{@code @Retry} (once, after about 200 ms): a restarting catalog pod is often back on the
 *       second try; a 404 is an answer and is not retried;
 *   <li>{@code @CircuitBreaker} (opens when half of the last 4 calls failed, probes again after 10
 *       s): a build runs in one transaction of at most the server's transaction lifetime, so a
 *       catalog that is down costs a few timed-out calls, then none;
 *   <li>{@code @Fallback}: empty, which the report shows as {@code unknown}.
 * </ul>
 *
 * A breaker of its own, not the cart's: a report asking about many products must not open the
 * circuit that customers' carts depend on.
 */
@ApplicationScoped
public class CatalogReads {

  private static final Logger LOG = Logger.getLogger(CatalogReads.class.getName());

  @Inject @RestClient CatalogReadClient client;

  /** The category id of a product the catalog sells; empty when it does not (404) or is down. */
  @Timeout(3000)
  @Retry(maxRetries = 1, delay = 200, jitter = 100, maxDuration = 10000)
  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.5,
      delay = 10000,
      successThreshold = 2)
  @Fallback(fallbackMethod = "noCategoryId")
  public Optional<String> categoryIdOf(String productId) {
    try {
      CatalogReadClient.FiledProduct product = client.product(productId);
      return Optional.ofNullable(product == null ? null : product.categoryId());
    } catch (WebApplicationException failure) {
      return notFound(failure);
    }
  }

  /** A category's name; empty when there is no such category or the catalog is down. */
  @Timeout(3000)
  @Retry(maxRetries = 1, delay = 200, jitter = 100, maxDuration = 10000)
  @CircuitBreaker(
      requestVolumeThreshold = 4,
      failureRatio = 0.5,
      delay = 10000,
      successThreshold = 2)
  @Fallback(fallbackMethod = "noName")
  public Optional<String> categoryName(String categoryId) {
    try {
      CatalogReadClient.NamedCategory category = client.category(categoryId);
      return Optional.ofNullable(category == null ? null : category.name());
    } catch (WebApplicationException failure) {
      return notFound(failure);
    }
  }

  Optional<String> noCategoryId(String productId) {
    LOG.log(Level.WARNING, "catalog-service could not be asked about product {0}", productId);
    return Optional.empty();
  }

  Optional<String> noName(String categoryId) {
    LOG.log(Level.WARNING, "catalog-service could not be asked about category {0}", categoryId);
    return Optional.empty();
  }

  /** A 404 is the catalog's answer (no such thing, for anonymous readers); anything else fails. */
  private static Optional<String> notFound(WebApplicationException failure) {
    if (failure.getResponse().getStatus() != 404) {
      throw failure;
    }
    return Optional.empty();
  }
}
