package io.vitrina.order.payment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where payments are kept. Implementations join the caller's transaction. */
public interface PaymentRepository {

  void add(Payment payment);

  Optional<Payment> find(String id);

  /** PENDING or UNKNOWN payments last updated before {@code cutoff}, oldest first. */
  List<Payment> unsettledBefore(Instant cutoff, int limit);

  /** An order's charges and refunds, oldest first. */
  List<Payment> ofOrder(String orderId);
}
