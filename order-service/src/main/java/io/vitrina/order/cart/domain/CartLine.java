package io.vitrina.order.cart.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One product in a cart: how many, and the last name and price the catalog gave for it (kept so
 * that the cart can still be shown when the catalog cannot be asked).
 */
@Entity
@Table(name = "cart_lines")
@IdClass(CartLine.Key.class)
public class CartLine {

  @Id
  @ManyToOne
  @JoinColumn(name = "customer_id")
  private Cart cart;

  @Id
  @Column(name = "product_id", length = 36)
  private String productId;

  @Column(name = "sku", length = 40, nullable = false)
  private String sku;

  @Column(name = "name", length = 200, nullable = false)
  private String name;

  @Column(name = "quantity", nullable = false)
  private int quantity;

  @Column(name = "unit_price", precision = 19, scale = 4, nullable = false)
  private BigDecimal unitPrice;

  @Column(name = "currency", length = 3, nullable = false)
  private String currency;

  @Column(name = "price_checked_at", nullable = false)
  private Instant priceCheckedAt;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected CartLine() {}

  CartLine(Cart cart, ListedProduct product, int quantity, Instant now) {
    this.cart = cart;
    this.productId = product.id();
    this.quantity = quantity;
    this.addedAt = now;
    refresh(product, now);
  }

  /** Takes the catalog's current name and price. */
  void refresh(ListedProduct product, Instant now) {
    sku = product.sku();
    name = product.name();
    unitPrice = product.price();
    currency = product.currency();
    priceCheckedAt = now;
  }

  /** Whether the catalog's answer differs from what the line remembers. */
  boolean differsFrom(ListedProduct product) {
    return !(sku.equals(product.sku())
        && name.equals(product.name())
        && unitPrice.compareTo(product.price()) == 0
        && currency.equals(product.currency()));
  }

  void setQuantity(int quantity) {
    this.quantity = quantity;
  }

  public String productId() {
    return productId;
  }

  public String sku() {
    return sku;
  }

  public String name() {
    return name;
  }

  public int quantity() {
    return quantity;
  }

  /** The last price the catalog gave, at two decimals. */
  public BigDecimal unitPrice() {
    return unitPrice.setScale(2, java.math.RoundingMode.UNNECESSARY);
  }

  public String currency() {
    return currency;
  }

  public Instant priceCheckedAt() {
    return priceCheckedAt;
  }

  public Instant addedAt() {
    return addedAt;
  }

  /** The composite key: the cart's customer and the product. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private String cart;
    private String productId;

    public Key() {}

    public Key(String cart, String productId) {
      this.cart = cart;
      this.productId = productId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(cart, key.cart)
          && Objects.equals(productId, key.productId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(cart, productId);
    }
  }
}
