package io.vitrina.order.user;

import io.vitrina.order.checkout.CustomerProfiles;
import io.vitrina.order.checkout.ProfilesUnavailableException;
import io.vitrina.order.order.domain.ShippingAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads the default shipping address (the profile's first address) as the customer:
 *
 * <ul>
 *   <li>{@code @Timeout} (3 s): a hung user-service must not hold a checkout;
 *   <li>{@code @Retry} (once): a restarting pod is often gone on the second try;
 *   <li>{@code @CircuitBreaker}: while user-service is down, checkouts without an address fail at
 *       once instead of waiting out timeouts;
 *   <li>{@code @Fallback}: {@link ProfilesUnavailableException} (503 with Retry-After); a checkout
 *       that sends its own address does not need user-service at all.
 * </ul>
 */
@ApplicationScoped
public class UserProfiles implements CustomerProfiles {

  private static final Logger LOG = Logger.getLogger(UserProfiles.class.getName());

  @Inject @RestClient ProfileClient client;

  @Override
  @Timeout(3000)
  @Retry(maxRetries = 1, delay = 200, jitter = 100, abortOn = ProfilesUnavailableException.class)
  @CircuitBreaker(
      requestVolumeThreshold = 10,
      failureRatio = 0.5,
      delay = 10000,
      successThreshold = 2)
  @Fallback(fallbackMethod = "unavailable")
  public Optional<ShippingAddress> defaultAddress(String bearer) {
    ProfileClient.Account account = client.me(bearer);
    if (account == null || account.addresses() == null || account.addresses().isEmpty()) {
      return Optional.empty();
    }
    ProfileClient.Address first = account.addresses().get(0);
    String name =
        account.fullName() != null && !account.fullName().isBlank()
            ? account.fullName()
            : account.displayName();
    if (name == null || first.line1() == null || first.city() == null || first.country() == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ShippingAddress(
            name,
            first.line1(),
            first.line2(),
            first.city(),
            first.region(),
            first.postalCode(),
            first.country()));
  }

  Optional<ShippingAddress> unavailable(String bearer) {
    LOG.log(Level.WARNING, "user-service could not be asked for a profile");
    throw new ProfilesUnavailableException();
  }
}
