package io.vitrina.order.cart.domain;

import io.vitrina.platform.problem.UnprocessableException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A customer's cart: at most one line per product, all in one currency (the first line's; an empty
 * cart has none). Kept until the customer empties it, across sign-outs. Never serialised to a
 * client.
 */
@Entity
@Table(name = "carts")
public class Cart {

  @Id
  @Column(name = "customer_id", length = 64)
  private String customerId;

  @OneToMany(
      mappedBy = "cart",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("addedAt ASC")
  private List<CartLine> lines = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Cart() {}

  public static Cart empty(String customerId, Instant now) {
    Cart cart = new Cart();
    cart.customerId = customerId;
    cart.createdAt = now;
    cart.updatedAt = now;
    return cart;
  }

  /**
   * Puts {@code quantity} units of a listed product in the cart, replacing the line's quantity if
   * it is already there, and takes the product's current price.
   *
   * @throws UnprocessableException when the product is in another currency than the cart, or the
   *     cart already holds {@code maxLines} other products
   */
  public void put(ListedProduct product, int quantity, int maxLines, Instant now) {
    Optional<String> currency = currency();
    if (currency.isPresent()
        && !currency.get().equals(product.currency())
        && !(lines.size() == 1 && lines.get(0).productId().equals(product.id()))) {
      throw new UnprocessableException(
          "The cart holds products priced in "
              + currency.get()
              + "; product "
              + product.id()
              + " is priced in "
              + product.currency()
              + ".");
    }
    Optional<CartLine> existing = line(product.id());
    if (existing.isPresent()) {
      existing.get().setQuantity(quantity);
      existing.get().refresh(product, now);
    } else {
      if (lines.size() >= maxLines) {
        throw new UnprocessableException(
            "A cart holds at most " + maxLines + " different products.");
      }
      lines.add(new CartLine(this, product, quantity, now));
    }
    updatedAt = now;
  }

  /**
   * Changes the quantity of a product already in the cart, keeping its last known price: what can
   * be done while the catalog cannot be asked.
   *
   * @return false when the product is not in the cart
   */
  public boolean changeQuantity(String productId, int quantity, Instant now) {
    Optional<CartLine> existing = line(productId);
    existing.ifPresent(
        line -> {
          line.setQuantity(quantity);
          updatedAt = now;
        });
    return existing.isPresent();
  }

  /** Takes the catalog's current name and price into a line; true if anything changed. */
  public boolean refresh(ListedProduct product, Instant now) {
    Optional<CartLine> existing = line(product.id()).filter(l -> l.differsFrom(product));
    existing.ifPresent(
        line -> {
          line.refresh(product, now);
          updatedAt = now;
        });
    return existing.isPresent();
  }

  /**
   * @return false when the product was not in the cart
   */
  public boolean remove(String productId, Instant now) {
    boolean removed = lines.removeIf(line -> line.productId().equals(productId));
    if (removed) {
      updatedAt = now;
    }
    return removed;
  }

  public void clear(Instant now) {
    lines.clear();
    updatedAt = now;
  }

  public Optional<CartLine> line(String productId) {
    return lines.stream().filter(line -> line.productId().equals(productId)).findFirst();
  }

  public String customerId() {
    return customerId;
  }

  /** The currency of the cart's prices, its first line's; empty for an empty cart. */
  public Optional<String> currency() {
    return lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(0).currency());
  }

  /** The lines in the order they were first added. */
  public List<CartLine> lines() {
    return Collections.unmodifiableList(lines);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
