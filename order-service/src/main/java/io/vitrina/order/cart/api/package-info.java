/** The cart's REST resource and its DTOs. */
package io.vitrina.order.cart.api;
