package io.vitrina.order.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A charge or a refund of an order through a payment provider, recorded before the provider is
 * asked (so that no money moves unrecorded) and completed with its answer. Its id is the
 * idempotency key the provider gets. Never serialised to a client.
 */
@Entity
@Table(name = "payments")
@NamedQuery(
    name = "Payment.ofOrder",
    query = "SELECT p FROM Payment p WHERE p.orderId = :orderId ORDER BY p.createdAt, p.id")
@NamedQuery(
    name = "Payment.unsettled",
    query =
        "SELECT p FROM Payment p WHERE p.status IN :statuses AND p.updatedAt < :cutoff"
            + " ORDER BY p.updatedAt")
public class Payment {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "order_id", length = 36, nullable = false)
  private String orderId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 16, nullable = false)
  private PaymentKind kind;

  @Column(name = "provider", length = 32, nullable = false)
  private String provider;

  @Column(name = "provider_reference", length = 100)
  private String providerReference;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  private PaymentStatus status;

  @Column(name = "amount", precision = 19, scale = 4, nullable = false)
  private BigDecimal amount;

  @Column(name = "currency", length = 3, nullable = false)
  private String currency;

  @Column(name = "card_last4", length = 4)
  private String cardLast4;

  @Column(name = "failure_code", length = 64)
  private String failureCode;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Payment() {}

  /** A charge or refund about to be asked of a provider. */
  public static Payment pending(
      String orderId,
      PaymentKind kind,
      String provider,
      BigDecimal amount,
      String currency,
      String cardLast4,
      Instant now) {
    if (amount.signum() <= 0) {
      throw new IllegalArgumentException("a payment must be above 0");
    }
    Payment payment = new Payment();
    payment.id = UUID.randomUUID().toString();
    payment.orderId = orderId;
    payment.kind = kind;
    payment.provider = provider;
    payment.status = PaymentStatus.PENDING;
    payment.amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    payment.currency = currency;
    payment.cardLast4 = cardLast4;
    payment.createdAt = now;
    payment.updatedAt = now;
    return payment;
  }

  /** Takes the provider's answer; a settled payment does not change again. */
  public void settle(GatewayResult result, Instant now) {
    if (status.isSettled()) {
      throw new IllegalStateException("payment " + id + " is already " + status);
    }
    providerReference = result.providerReference();
    status = result.succeeded() ? PaymentStatus.SUCCEEDED : PaymentStatus.DECLINED;
    failureCode = result.failureCode();
    updatedAt = now;
  }

  /** The provider did not answer in time. */
  public void unknown(Instant now) {
    if (status.isSettled()) {
      throw new IllegalStateException("payment " + id + " is already " + status);
    }
    status = PaymentStatus.UNKNOWN;
    updatedAt = now;
  }

  /** A lookup found no record at the provider: the request never arrived, nothing moved. */
  public void notReceived(Instant now) {
    if (status.isSettled()) {
      throw new IllegalStateException("payment " + id + " is already " + status);
    }
    status = PaymentStatus.DECLINED;
    failureCode = "not_received";
    updatedAt = now;
  }

  public String id() {
    return id;
  }

  public String orderId() {
    return orderId;
  }

  public PaymentKind kind() {
    return kind;
  }

  public String provider() {
    return provider;
  }

  public Optional<String> providerReference() {
    return Optional.ofNullable(providerReference);
  }

  public PaymentStatus status() {
    return status;
  }

  public BigDecimal amount() {
    return amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  public String currency() {
    return currency;
  }

  public Optional<String> cardLast4() {
    return Optional.ofNullable(cardLast4);
  }

  public Optional<String> failureCode() {
    return Optional.ofNullable(failureCode);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
