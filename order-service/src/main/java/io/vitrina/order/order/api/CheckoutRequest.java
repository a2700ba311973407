package io.vitrina.order.order.api;

import jakarta.validation.Valid;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A checkout. Both parts are optional: without an address the profile's default is used; without a
 * payment the order awaits one. Prices are never part of it: the catalog's are used.
 */
@Schema(name = "CheckoutRequest")
public record CheckoutRequest(
    @Valid AddressRequest shippingAddress, @Valid PaymentRequest payment) {

  static final CheckoutRequest EMPTY = new CheckoutRequest(null, null);
}
