package io.vitrina.order.cart.domain;

import io.vitrina.platform.problem.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How big a cart may grow: distinct products per cart and units per line, from configuration. */
@ApplicationScoped
public class CartLimits {

  @Inject
  @ConfigProperty(name = "vitrina.cart.max-lines", defaultValue = "50")
  int maxLines;

  @Inject
  @ConfigProperty(name = "vitrina.cart.max-quantity", defaultValue = "100")
  int maxQuantity;

  public int maxLines() {
    return maxLines;
  }

  public int maxQuantity() {
    return maxQuantity;
  }

  /**
   * @throws InvalidInputException (400) for a quantity outside 1 to the configured maximum
   */
  public void requireQuantity(int quantity) {
    if (quantity < 1 || quantity > maxQuantity) {
      throw new InvalidInputException("quantity", "must be between 1 and " + maxQuantity);
    }
  }
}
