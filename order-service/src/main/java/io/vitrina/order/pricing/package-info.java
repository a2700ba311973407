/**
 * How much lines cost: exact decimal arithmetic, one rounding rule (two decimals, half to even),
 * tax and shipping from configuration. Used by the cart for its running totals and by orders for
 * the totals they are placed at.
 */
package io.vitrina.order.pricing;
