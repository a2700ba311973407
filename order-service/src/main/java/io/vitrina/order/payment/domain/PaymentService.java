package io.vitrina.order.payment.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Charges and refunds orders through the configured {@link PaymentGateway}, recording each attempt
 * before the provider is asked and its outcome after: a PENDING or UNKNOWN record is a payment
 * whose outcome {@link #reconcile} still has to learn. The provider's call is outside any
 * transaction, so that a slow provider holds no database connection or lock.
 */
@ApplicationScoped
public class PaymentService {

  @Inject PaymentGateway gateway;
  @Inject PaymentRecords records;
  @Inject Clock clock;

  /** Charges an order's amount to a card; the payment tells how it went. */
  public Payment charge(String orderId, BigDecimal amount, String currency, Card card) {
    return submitCharge(recordCharge(orderId, amount, currency, card), card);
  }

  /**
   * Records a charge about to be made, PENDING, in the caller's transaction (or a new one): the
   * record exists before any money can move.
   */
  public Payment recordCharge(String orderId, BigDecimal amount, String currency, Card card) {
    return records.add(
        Payment.pending(
            orderId,
            PaymentKind.CHARGE,
            gateway.provider(),
            amount,
            currency,
            card.last4(),
            clock.instant()));
  }

  /**
   * Asks the provider for a charge {@link #recordCharge recorded} before. Call it outside any
   * transaction: a slow provider must hold no database connection or lock.
   */
  public Payment submitCharge(Payment pending, Card card) {
    return ask(
        pending,
        () ->
            gateway.charge(
                new ChargeRequest(
                    pending.id(), pending.orderId(), pending.amount(), pending.currency(), card)));
  }

  /** Charges and refunds whose outcome is still open and were last touched before a cutoff. */
  public List<Payment> unsettledBefore(Instant cutoff, int limit) {
    return records.unsettledBefore(cutoff, limit);
  }

  /**
   * Refunds part or all of a successful charge.
   *
   * @throws IllegalArgumentException when the charge is not a successful charge
   */
  public Payment refund(String chargeId, BigDecimal amount) {
    return submitRefund(recordRefund(chargeId, amount));
  }

  /**
   * Records a refund about to be made, PENDING, in the caller's transaction (or a new one).
   *
   * @throws IllegalArgumentException when the charge is not a successful charge
   */
  public Payment recordRefund(String chargeId, BigDecimal amount) {
    Payment charge = successfulCharge(chargeId);
    return records.add(
        Payment.pending(
            charge.orderId(),
            PaymentKind.REFUND,
            gateway.provider(),
            amount,
            charge.currency(),
            charge.cardLast4().orElse(null),
            clock.instant()));
  }

  /**
   * Asks the provider for a refund recorded before; outside any transaction. Asking again for the
   * same refund is safe: its id is the provider's idempotency key.
   */
  public Payment submitRefund(Payment refund) {
    Payment charge =
        records.ofOrder(refund.orderId()).stream()
            .filter(p -> p.kind() == PaymentKind.CHARGE && p.status() == PaymentStatus.SUCCEEDED)
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException("no successful charge of " + refund.orderId()));
    return ask(
        refund,
        () ->
            gateway.refund(
                new RefundRequest(
                    refund.id(),
                    charge.providerReference().orElseThrow(),
                    refund.amount(),
                    refund.currency())));
  }

  private Payment successfulCharge(String chargeId) {
    return records
        .find(chargeId)
        .filter(p -> p.kind() == PaymentKind.CHARGE && p.status() == PaymentStatus.SUCCEEDED)
        .orElseThrow(() -> new IllegalArgumentException("no successful charge " + chargeId));
  }

  /**
   * Learns the outcome of a payment the provider did not answer for in time: a charge is looked up
   * (one the provider never received is DECLINED {@code not_received}); a refund is asked again.
   */
  public Optional<Payment> reconcile(String paymentId) {
    return records
        .find(paymentId)
        .map(
            payment -> {
              if (payment.status().isSettled()) {
                return payment;
              }
              if (payment.kind() == PaymentKind.REFUND) {
                // A refund is asked again rather than looked up: the same reference moves no money
                // twice, and a refund that never reached the provider is made now.
                return submitRefund(payment);
              }
              return gateway
                  .lookup(payment.id())
                  .map(result -> records.settle(payment.id(), result))
                  .orElseGet(() -> records.notReceived(payment.id()));
            });
  }

  private Payment ask(Payment payment, java.util.function.Supplier<GatewayResult> call) {
    GatewayResult result;
    try {
      result = call.get();
    } catch (PaymentTimeoutException timedOut) {
      return records.unknown(payment.id());
    }
    return records.settle(payment.id(), result);
  }
}
