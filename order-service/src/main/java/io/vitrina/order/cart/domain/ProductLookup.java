package io.vitrina.order.cart.domain;

/** What the catalog answered about one product. */
public sealed interface ProductLookup {

  /** The product is for sale, at this price. */
  record Listed(ListedProduct product) implements ProductLookup {}

  /** The catalog does not sell the product: it does not exist, or it is not ACTIVE. */
  record NotListed() implements ProductLookup {}

  /** The catalog could not be asked (down, slow, or failing); nothing is known. */
  record Unavailable() implements ProductLookup {}
}
