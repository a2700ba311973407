package io.vitrina.order.payment.domain;

import java.util.Optional;

/**
 * The service-provider interface of a payment provider. An implementation:
 *
 * <ul>
 *   <li>treats {@link ChargeRequest#reference()} and {@link RefundRequest#reference()} as
 *       idempotency keys: the same reference again returns the first call's result and moves no
 *       money twice;
 *   <li>bounds every call by the configured {@code vitrina.payments.timeout} and throws {@link
 *       PaymentTimeoutException} when the provider does not answer in time: the outcome is then
 *       unknown, and {@link #lookup} by the same reference tells it later;
 *   <li>answers a decline as a result, not an exception; exceptions are for a provider that could
 *       not be asked.
 * </ul>
 */
public interface PaymentGateway {

  /** The provider's name as recorded with each payment, such as {@code simulated}. */
  String provider();

  /** Authorises and captures an amount in one step. */
  GatewayResult charge(ChargeRequest request);

  /** Gives back part or all of a captured charge. */
  GatewayResult refund(RefundRequest request);

  /**
   * Where a charge or refund stands at the provider, by this service's reference or the provider's;
   * empty when the provider has no record of it (a charge that timed out before it arrived).
   */
  Optional<GatewayResult> lookup(String reference);
}
