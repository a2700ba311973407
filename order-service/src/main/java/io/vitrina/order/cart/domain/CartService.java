package io.vitrina.order.cart.domain;

import io.vitrina.order.pricing.PricedLine;
import io.vitrina.order.pricing.PricingPolicy;
import io.vitrina.order.pricing.Totals;
import io.vitrina.platform.problem.UnprocessableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A customer's cart, checked against the catalog. The catalog is asked outside any transaction (one
 * lookup per line; a cart has at most {@code vitrina.cart.max-lines}), then {@link CartStore}
 * applies the change in a short one. When the catalog cannot be asked the cart stays readable at
 * the last known prices, marked stale, and lines already in it can still change quantity or go;
 * only adding a new product needs the catalog's answer.
 */
@ApplicationScoped
public class CartService {

  @Inject CartStore store;
  @Inject ProductCatalog catalog;
  @Inject CartLimits limits;
  @Inject PricingPolicy pricing;
  @Inject CartMetrics metrics;

  /** The customer's cart, its prices confirmed by the catalog where it answers. */
  public CartContents read(String customerId) {
    CartContents contents = contents(customerId);
    metrics.operation("read");
    return contents;
  }

  /**
   * Sets how many units of a product the cart holds, adding the product if it is not there.
   *
   * @throws io.vitrina.platform.problem.InvalidInputException for a quantity out of bounds
   * @throws UnprocessableException when the catalog does not sell the product, it is priced in
   *     another currency than the cart, or the cart is full
   * @throws CatalogUnavailableException when the product is new to the cart and the catalog cannot
   *     be asked
   */
  public CartContents put(String customerId, String productId, int quantity) {
    limits.requireQuantity(quantity);
    ProductLookup answer = catalog.lookup(productId);
    if (answer instanceof ProductLookup.Listed listed) {
      try {
        store.put(customerId, listed.product(), quantity, limits.maxLines());
      } catch (UnprocessableException refused) {
        metrics.rejected("rule");
        throw refused;
      }
    } else if (answer instanceof ProductLookup.NotListed) {
      metrics.rejected("not-listed");
      throw new UnprocessableException(
          "Product " + productId + " does not exist or is not for sale.");
    } else if (!store.changeQuantity(customerId, productId, quantity)) {
      metrics.rejected("catalog-unavailable");
      throw new CatalogUnavailableException(
          "The catalog cannot confirm product "
              + productId
              + " now; products already in the cart can still change.");
    }
    metrics.operation("put");
    return contents(customerId);
  }

  /**
   * @return false when the product was not in the cart
   */
  public boolean remove(String customerId, String productId) {
    boolean removed = store.remove(customerId, productId);
    if (removed) {
      metrics.operation("remove");
    }
    return removed;
  }

  public void clear(String customerId) {
    store.clear(customerId);
    metrics.operation("clear");
  }

  private CartContents contents(String customerId) {
    Cart cart = store.find(customerId).orElse(null);
    if (cart == null || cart.lines().isEmpty()) {
      return cart == null
          ? CartContents.EMPTY
          : new CartContents(List.of(), null, Totals.NONE, false, cart.updatedAt());
    }
    Map<String, ProductLookup> answers = new LinkedHashMap<>();
    List<ListedProduct> changed = new ArrayList<>();
    for (CartLine line : cart.lines()) {
      ProductLookup answer = catalog.lookup(line.productId());
      answers.put(line.productId(), answer);
      if (answer instanceof ProductLookup.Listed listed && line.differsFrom(listed.product())) {
        changed.add(listed.product());
      }
    }
    if (!changed.isEmpty()) {
      cart = store.refresh(customerId, changed).orElse(cart);
    }
    return price(cart, answers);
  }

  /** The cart's lines with their state, and the totals of those that count. */
  CartContents price(Cart cart, Map<String, ProductLookup> answers) {
    String currency = cart.currency().orElse(null);
    List<CartItem> items = new ArrayList<>();
    List<PricedLine> counted = new ArrayList<>();
    boolean anyStale = false;
    for (CartLine line : cart.lines()) {
      ProductLookup answer =
          answers.getOrDefault(line.productId(), new ProductLookup.Unavailable());
      boolean stale = answer instanceof ProductLookup.Unavailable;
      boolean available =
          !(answer instanceof ProductLookup.NotListed) && line.currency().equals(currency);
      PricedLine priced = new PricedLine(line.unitPrice(), line.quantity());
      if (available) {
        counted.add(priced);
      }
      anyStale |= stale;
      items.add(
          new CartItem(
              line.productId(),
              line.sku(),
              line.name(),
              line.quantity(),
              line.unitPrice(),
              line.currency(),
              priced.lineTotal(),
              available,
              stale,
              line.priceCheckedAt()));
    }
    if (anyStale) {
      metrics.staleRead();
    }
    return new CartContents(
        items, currency, pricing.price(counted, currency), anyStale, cart.updatedAt());
  }
}
