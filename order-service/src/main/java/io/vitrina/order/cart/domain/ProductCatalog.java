package io.vitrina.order.cart.domain;

/**
 * Where the cart learns whether a product is for sale and at what price. An implementation never
 * throws for the catalog's troubles: it answers {@link ProductLookup.Unavailable}.
 */
public interface ProductCatalog {

  ProductLookup lookup(String productId);
}
