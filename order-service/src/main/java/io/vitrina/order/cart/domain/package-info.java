/**
 * The cart: one per customer, checked against the catalog through the {@link
 * io.vitrina.order.cart.domain.ProductCatalog} port, priced by the pricing policy, and kept in the
 * database across sign-outs.
 */
package io.vitrina.order.cart.domain;
