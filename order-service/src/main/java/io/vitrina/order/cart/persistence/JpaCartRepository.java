package io.vitrina.order.cart.persistence;

import io.vitrina.order.cart.domain.Cart;
import io.vitrina.order.cart.domain.CartRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Carts in {@code carts}, their lines in {@code cart_lines}. */
@ApplicationScoped
public class JpaCartRepository implements CartRepository {

  @PersistenceContext(unitName = "vitrina")
  EntityManager em;

  @Override
  public void add(Cart cart) {
    em.persist(cart);
    // Now, not at commit: a concurrent first add for the same customer fails here, as a conflict.
    em.flush();
  }

  @Override
  public boolean remove(Cart cart) {
    em.remove(cart);
    em.flush();
    return true;
  }

  @Override
  public Optional<Cart> find(String customerId) {
    return Optional.ofNullable(em.find(Cart.class, customerId));
  }

  @Override
  public Optional<Cart> findForUpdate(String customerId) {
    return Optional.ofNullable(em.find(Cart.class, customerId, LockModeType.PESSIMISTIC_WRITE));
  }
}
