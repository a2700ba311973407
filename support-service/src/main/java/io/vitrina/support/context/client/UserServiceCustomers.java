package io.vitrina.support.context.client;

import io.vitrina.platform.auth.ServiceTokens;
import io.vitrina.support.context.domain.CustomerCard;
import io.vitrina.support.context.domain.Fetched;
import io.vitrina.support.context.domain.LiveCustomers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads an account from user-service with this service's own token ({@link ServiceTokens}):
 * user-service's {@code GET /api/users/{id}} is for admins and services, and a customer's token
 * could not read it. Fault tolerance as for orders ({@link OrderServiceOrders}): a 3 s timeout, one
 * retry of the safe GET, a circuit breaker, and the read model as the fallback. A 401 makes it
 * forget the cached token, so the retry asks for a new one. Without a configured client secret
 * nothing is asked: the read model answers.
 */
@ApplicationScoped
public class UserServiceCustomers implements LiveCustomers {

  private static final Logger LOG = Logger.getLogger(UserServiceCustomers.class.getName());

  @Inject @RestClient UserClient client;
  @Inject ServiceTokens tokens;

  @Override
  @Timeout(3000)
  @Retry(maxRetries = 1, delay = 200, jitter = 100)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 10000,
      successThreshold = 2)
  @Fallback(fallbackMethod = "unavailable")
  public Fetched<CustomerCard> find(String userId) {
    if (!tokens.configured()) {
      return Fetched.unavailable();
    }
    try {
      UserClient.Account account = client.get(userId, tokens.bearer());
      return Fetched.found(
          new CustomerCard(account.id(), account.displayName(), account.email(), account.status()));
    } catch (WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status == 404) {
        return Fetched.notFound();
      }
      if (status == 401) {
        tokens.forget();
      }
      throw e;
    }
  }

  Fetched<CustomerCard> unavailable(String userId) {
    LOG.warning(() -> "user-service could not be asked for account " + userId);
    return Fetched.unavailable();
  }
}
