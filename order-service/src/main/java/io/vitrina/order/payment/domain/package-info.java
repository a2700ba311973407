/**
 * Payments: the {@link io.vitrina.order.payment.domain.PaymentGateway} SPI a provider implements,
 * and the records of every charge and refund, written before and after the provider is asked.
 */
package io.vitrina.order.payment.domain;
