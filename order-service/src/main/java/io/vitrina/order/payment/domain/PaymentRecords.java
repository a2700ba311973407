package io.vitrina.order.payment.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The payment records' transactions, each short and without the provider's call inside. */
@ApplicationScoped
public class PaymentRecords {

  @Inject PaymentRepository payments;
  @Inject Clock clock;

  @Transactional
  public Payment add(Payment payment) {
    payments.add(payment);
    return payment;
  }

  @Transactional
  public Payment settle(String id, GatewayResult result) {
    Payment payment = payments.find(id).orElseThrow();
    payment.settle(result, clock.instant());
    return payment;
  }

  @Transactional
  public Payment unknown(String id) {
    Payment payment = payments.find(id).orElseThrow();
    payment.unknown(clock.instant());
    return payment;
  }

  @Transactional
  public Payment notReceived(String id) {
    Payment payment = payments.find(id).orElseThrow();
    payment.notReceived(clock.instant());
    return payment;
  }

  @Transactional
  public Optional<Payment> find(String id) {
    return payments.find(id);
  }

  @Transactional
  public List<Payment> unsettledBefore(Instant cutoff, int limit) {
    return payments.unsettledBefore(cutoff, limit);
  }

  @Transactional
  public List<Payment> ofOrder(String orderId) {
    return payments.ofOrder(orderId);
  }
}
