/**
 * The built-in simulated payment provider, chosen with {@code vitrina.payments.provider=simulated}.
 */
package io.vitrina.order.payment.simulated;
