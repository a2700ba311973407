package io.vitrina.order.checkout;

import io.vitrina.order.order.domain.ShippingAddress;
import java.util.Optional;

/** Where checkout finds a customer's default shipping address when the request names none. */
public interface CustomerProfiles {

  /**
   * The default address of the customer the bearer token belongs to; empty when the profile has
   * none.
   *
   * @param bearer the caller's own {@code Authorization} header: the profile is read as the
   *     customer, never with more rights
   * @throws ProfilesUnavailableException when the profile cannot be read now
   */
  Optional<ShippingAddress> defaultAddress(String bearer);
}
