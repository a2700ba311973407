package io.vitrina.order.payment.simulated;

import io.vitrina.order.payment.domain.ChargeRequest;
import io.vitrina.order.payment.domain.GatewayResult;
import io.vitrina.order.payment.domain.PaymentGateway;
import io.vitrina.order.payment.domain.PaymentTimeoutException;
import io.vitrina.order.payment.domain.RefundRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A payment provider in memory, for development and tests: which card numbers are approved,
 * declined or never answered for comes from configuration. It keeps its ledger in memory (a restart
 * forgets it) and behaves as the SPI asks of a real provider: references are idempotency keys, a
 * refund cannot exceed what is left of the charge, and a timed-out charge is one the provider never
 * received (a lookup finds nothing). Card numbers in none of the lists are declined as {@code
 * card_not_supported}.
 */
public final class SimulatedPaymentGateway implements PaymentGateway {

  public static final String PROVIDER = "simulated";

  /** How the gateway waits; a test passes one that does not. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration duration);
  }

  /** One charge or refund the provider made or declined. */
  private record Entry(
      GatewayResult result, String chargeReference, BigDecimal amount, String currency) {}

  private final Set<String> approve;
  private final Set<String> decline;
  private final Set<String> timeout;
  private final Duration callTimeout;
  private final Sleeper sleeper;

  /** By provider reference. */
  private final Map<String, Entry> ledger = new ConcurrentHashMap<>();

  /** This service's reference (idempotency key) to the provider's. */
  private final Map<String, String> byRequest = new ConcurrentHashMap<>();

  /** Refunded so far, per charge's provider reference. */
  private final Map<String, BigDecimal> refunded = new ConcurrentHashMap<>();

  public SimulatedPaymentGateway(
      Set<String> approve,
      Set<String> decline,
      Set<String> timeout,
      Duration callTimeout,
      Sleeper sleeper) {
    this.approve = Set.copyOf(approve);
    this.decline = Set.copyOf(decline);
    this.timeout = Set.copyOf(timeout);
    this.callTimeout = callTimeout;
    this.sleeper = sleeper;
  }

  @Override
  public String provider() {
    return PROVIDER;
  }

  @Override
  public GatewayResult charge(ChargeRequest request) {
    if (timeout.contains(request.card().number()) && lookup(request.reference()).isEmpty()) {
      // The provider never answers: the caller gives up after its timeout, and nothing is recorded.
      // Outside the lock: a hanging call must not hold up the others.
      sleeper.sleep(callTimeout);
      throw new PaymentTimeoutException(request.reference());
    }
    return chargeNow(request);
  }

  private synchronized GatewayResult chargeNow(ChargeRequest request) {
    Optional<GatewayResult> earlier = lookup(request.reference());
    if (earlier.isPresent()) {
      return earlier.get();
    }
    String number = request.card().number();
    String reference = "sim_ch_" + UUID.randomUUID();
    GatewayResult result;
    if (approve.contains(number)) {
      result = GatewayResult.succeeded(reference);
    } else if (decline.contains(number)) {
      result = GatewayResult.declined(reference, "card_declined");
    } else {
      result = GatewayResult.declined(reference, "card_not_supported");
    }
    record(request.reference(), new Entry(result, null, request.amount(), request.currency()));
    return result;
  }

  @Override
  public synchronized GatewayResult refund(RefundRequest request) {
    Optional<GatewayResult> earlier = lookup(request.reference());
    if (earlier.isPresent()) {
      return earlier.get();
    }
    String reference = "sim_re_" + UUID.randomUUID();
    Entry charge = ledger.get(request.chargeReference());
    GatewayResult result;
    if (charge == null || charge.chargeReference() != null || !charge.result().succeeded()) {
      result = GatewayResult.declined(reference, "charge_not_refundable");
    } else if (!charge.currency().equals(request.currency())) {
      result = GatewayResult.declined(reference, "currency_mismatch");
    } else {
      BigDecimal already = refunded.getOrDefault(request.chargeReference(), BigDecimal.ZERO);
      if (already.add(request.amount()).compareTo(charge.amount()) > 0) {
        result = GatewayResult.declined(reference, "amount_exceeds_charge");
      } else {
        refunded.put(request.chargeReference(), already.add(request.amount()));
        result = GatewayResult.succeeded(reference);
      }
    }
    record(
        request.reference(),
        new Entry(result, request.chargeReference(), request.amount(), request.currency()));
    return result;
  }

  @Override
  public Optional<GatewayResult> lookup(String reference) {
    String providerReference = byRequest.getOrDefault(reference, reference);
    return Optional.ofNullable(ledger.get(providerReference)).map(Entry::result);
  }

  private void record(String requestReference, Entry entry) {
    ledger.put(entry.result().providerReference(), entry);
    byRequest.put(requestReference, entry.result().providerReference());
  }
}
