/** JPA implementations of the cart's repositories. */
package io.vitrina.order.cart.persistence;
