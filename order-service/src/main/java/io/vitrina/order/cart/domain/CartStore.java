package io.vitrina.order.cart.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.Optional;

/**
 * The cart's transactions, each short and with no remote call inside: {@link CartService} asks the
 * catalog first and then comes here. Every change locks the cart row, so that two requests of one
 * customer cannot both add the 50th line.
 */
@ApplicationScoped
public class CartStore {

  @Inject CartRepository carts;
  @Inject Clock clock;

  @Transactional
  public Optional<Cart> find(String customerId) {
    return carts.find(customerId);
  }

  /** Puts a listed product in the customer's cart, creating the cart on first use. */
  @Transactional
  public Cart put(String customerId, ListedProduct product, int quantity, int maxLines) {
    Cart cart =
        carts
            .findForUpdate(customerId)
            .orElseGet(
                () -> {
                  Cart created = Cart.empty(customerId, clock.instant());
                  carts.add(created);
                  return created;
                });
    cart.put(product, quantity, maxLines, clock.instant());
    return cart;
  }

  /** Changes the quantity of a line already in the cart; false when there is no such line. */
  @Transactional
  public boolean changeQuantity(String customerId, String productId, int quantity) {
    return carts
        .findForUpdate(customerId)
        .map(cart -> cart.changeQuantity(productId, quantity, clock.instant()))
        .orElse(false);
  }

  /** Takes the catalog's current names and prices into the cart's lines. */
  @Transactional
  public Optional<Cart> refresh(String customerId, Collection<ListedProduct> listed) {
    Optional<Cart> found = carts.findForUpdate(customerId);
    found.ifPresent(cart -> listed.forEach(product -> cart.refresh(product, clock.instant())));
    return found;
  }

  /**
   * @return false when the product was not in the cart
   */
  @Transactional
  public boolean remove(String customerId, String productId) {
    return carts
        .findForUpdate(customerId)
        .map(cart -> cart.remove(productId, clock.instant()))
        .orElse(false);
  }

  /** Takes the products of a placed order out of the cart; other lines stay. */
  @Transactional
  public void removeOrdered(String customerId, Collection<String> productIds) {
    carts
        .findForUpdate(customerId)
        .ifPresent(cart -> productIds.forEach(id -> cart.remove(id, clock.instant())));
  }

  /** Deletes the customer's cart and its lines, if there is one. */
  @Transactional
  public boolean delete(String customerId) {
    return carts.findForUpdate(customerId).map(cart -> carts.remove(cart)).orElse(false);
  }

  @Transactional
  public void clear(String customerId) {
    carts.findForUpdate(customerId).ifPresent(cart -> cart.clear(clock.instant()));
  }
}
