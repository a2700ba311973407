package io.vitrina.order.cart.domain;

import java.util.Optional;

/** Where carts are kept. Implementations join the caller's transaction. */
public interface CartRepository {

  void add(Cart cart);

  Optional<Cart> find(String customerId);

  /** Deletes a cart and its lines; true when it was there. */
  boolean remove(Cart cart);

  /** The cart, locked until the transaction ends: changes of one cart are serialised. */
  Optional<Cart> findForUpdate(String customerId);
}
